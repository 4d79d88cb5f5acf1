import { expect, test, type Page } from "@playwright/test";
import { expectNoAxeViolations, jsEnabled, startAfresh } from "./support";

// Things a citizen met walking the journeys on a phone and a desk: the header on a narrow
// screen, the "stay logged in" link, and a click right after a field with a mistake.

test.beforeEach(async ({ context }) => {
  await context.clearCookies();
});

async function logInAsKari(page: Page, start = "/life-event/fa-barn") {
  await page.goto(start);
  await page.getByRole("link", { name: /Logg inn/ }).first().click();
  await page.getByRole("radio", { name: /^Kari Nordmann/ }).check();
  await page.getByRole("radio", { name: /^Betydelig/ }).check();
  await page.getByRole("button", { name: /Logg inn/ }).click();
}

test("on a 390 px phone the header stays small and every link in it is reachable", async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await logInAsKari(page);
  const header = page.locator(".site-header");
  const box = await header.boundingBox();
  expect(box, "the header is on the page").not.toBeNull();
  // It took a quarter of the screen (211 px) with everything stacked; now two short rows.
  expect(box!.height).toBeLessThan(844 / 6);
  const user = page.getByRole("navigation", { name: "Innlogget bruker" });
  await expect(user.getByRole("link", { name: "Min side" })).toBeHidden();
  await user.getByText("Meny").click();
  await expect(user.getByText("Kari Nordmann")).toBeVisible();
  await expect(user.getByRole("button", { name: "Logg ut" })).toBeVisible();
  await expectNoAxeViolations(page);
  await user.getByRole("link", { name: "Min side" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Min side");
});

test("on a wide screen the person's links stand in the header", async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await logInAsKari(page);
  const user = page.getByRole("navigation", { name: "Innlogget bruker" });
  await expect(user.getByRole("link", { name: "Min side" })).toBeVisible();
  await expect(user.getByRole("button", { name: "Logg ut" })).toBeVisible();
});

test("staying logged in returns to the same page, query string and all", async ({ page }) => {
  await logInAsKari(page);
  for (const path of ["/my-page?saved=1", "/life-event/fa-barn?from=search"]) {
    await page.goto(path);
    const stay = page.locator(".session-timeout a");
    await expect(stay).toHaveAttribute("href", path);
    const response = await page.goto((await stay.getAttribute("href")) ?? "/");
    expect(response?.status(), `${path} is found again`).toBe(200);
  }
});

test("a click right after a field with a mistake lands where it was aimed", async ({ page }, testInfo) => {
  await logInAsKari(page);
  await startAfresh(page);
  await page.getByRole("button", { name: "Lagre og fortsett", exact: true }).click();
  await page.getByLabel("Fornavn").fill("Emil");
  await page.getByLabel("Etternavn").fill("Nordmann");
  await page.getByRole("button", { name: "Lagre og fortsett", exact: true }).click();
  if (jsEnabled(testInfo)) {
    await expect(page.locator(".step-enhancer")).toHaveAttribute("data-enhanced", "true");
  }
  await page.getByRole("group", { name: /Skal den andre forelderen være med/ }).getByRole("radio", { name: "Ja" }).check();
  await page.getByLabel("Fødselsnummeret til den andre forelderen").fill("123");
  // Straight from the field with a mistake to a radio below it, with the mouse.
  const below = page.getByRole("group", { name: /Bor du sammen med den andre forelderen/ }).getByRole("radio").first();
  await below.click();
  await expect(below).toBeChecked();
  const message = page.locator('[id="a.other_parent_pid-error"]');
  if (jsEnabled(testInfo)) {
    // The field's message still comes, once the click has landed.
    await expect(message).toBeVisible();
  } else {
    // Without JavaScript the server says it on saving, and keeps both answers.
    await page.getByRole("button", { name: "Lagre og fortsett", exact: true }).click();
    await expect(message).toBeVisible();
    await expect(below).toBeChecked();
  }
});
