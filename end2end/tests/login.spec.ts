import { expect, test, type Page } from "@playwright/test";
import { expectNoAxeViolations } from "./support";

test.beforeEach(async ({ context }) => {
  await context.clearCookies();
});

/** Logs in through the embedded test login as a person would: link, radio, button. */
async function logInAs(page: Page, name: RegExp, level: "Betydelig" | "Høyt" = "Betydelig") {
  await page.getByRole("link", { name: "Logg inn", exact: true }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Testinnlogging");
  await expectNoAxeViolations(page);
  await page.getByRole("radio", { name }).check();
  await page.getByRole("radio", { name: new RegExp(`^${level}`) }).check();
  await page.getByRole("button", { name: "Logg inn" }).click();
}

test("a citizen logs in, lands on the same page and logs out", async ({ page }) => {
  await page.goto("/life-event/fa-barn");
  await logInAs(page, /^Kari Nordmann/);
  await expect(page).toHaveURL(/\/life-event\/fa-barn$/);
  const user = page.getByRole("navigation", { name: "Innlogget bruker" });
  await expect(user.getByText("Kari Nordmann")).toBeVisible();
  await expect(user.getByText("TestID, betydelig sikkerhetsnivå")).toBeVisible();
  await expect(user.getByRole("link", { name: "Saksbehandling" })).toHaveCount(0);
  await expectNoAxeViolations(page);

  await user.getByRole("button", { name: "Logg ut" }).click();
  await expect(page).toHaveURL(/\/logged-out/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Du er logget ut");
  await expect(page.getByRole("link", { name: "Logg inn", exact: true })).toBeVisible();
  await expectNoAxeViolations(page);
});

test("a caseworker reaches casework and is refused administration", async ({ page }) => {
  await page.goto("/caseworker");
  // Not logged in: the staff page sends the person to the login, and back afterwards.
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Testinnlogging");
  await page.getByRole("radio", { name: /^Ingrid Berg/ }).check();
  await page.getByRole("button", { name: "Logg inn" }).click();
  await expect(page).toHaveURL(/\/caseworker$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Innboks");
  await expectNoAxeViolations(page);
  const response = await page.goto("/admin");
  expect(response?.status()).toBe(403);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Du har ikke tilgang til denne siden");
  await expectNoAxeViolations(page);
});

test("a mistyped identity number is explained and kept", async ({ page }) => {
  await page.goto("/");
  await page.getByRole("link", { name: "Logg inn", exact: true }).click();
  await page.getByRole("radio", { name: "En annen syntetisk person" }).check();
  await page.getByLabel("Syntetisk fødselsnummer eller D-nummer").fill("01019012345");
  await page.getByRole("button", { name: "Logg inn" }).click();
  await expect(page.getByRole("alert")).toContainText("Fødselsnummeret er ikke gyldig");
  await expect(page.getByLabel("Syntetisk fødselsnummer eller D-nummer")).toHaveValue("01019012345");
  await expectNoAxeViolations(page);
});

test("the idle limit is announced before the session ends", async ({ page }, testInfo) => {
  const js = testInfo.project.use.javaScriptEnabled !== false;
  if (js) await page.clock.install();
  await page.goto("/life-event/fa-barn");
  await logInAs(page, /^Kari Nordmann/);
  await expect(page.getByText("Du blir logget ut etter 30 minutter uten aktivitet.")).toBeVisible();
  if (js) {
    const warning = page.getByRole("alert").filter({ hasText: "Du blir snart logget ut" });
    await expect(page.locator(".language-menu__island")).toHaveAttribute("data-hydrated", "true");
    await expect(warning).toBeHidden();
    await page.clock.fastForward("25:01");
    await expect(warning).toBeVisible();
    await expectNoAxeViolations(page);
    await warning.getByRole("link", { name: "Fortsett å være innlogget" }).click();
    await expect(page).toHaveURL(/\/life-event\/fa-barn$/);
    await expect(page.getByRole("navigation", { name: "Innlogget bruker" })).toBeVisible();
  }
});
