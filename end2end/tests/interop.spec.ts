import { expect, test, type Page } from "@playwright/test";
import { expectNoAxeViolations } from "./support";

// These run against a second portal whose only difference is its login configuration: it trusts
// npm's `oidc-provider` (see `interop/provider.mjs`), an OpenID provider no one here wrote.

const KARI = "15858510055";
const INGRID = "03837910071";

test.beforeEach(async ({ context }) => {
  await context.clearCookies();
});

/** Fills the independent provider's own login form, as a tester would. */
async function signInAtProvider(page: Page, pid: string, level: "substantial" | "high" = "substantial") {
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Independent test provider");
  await page.getByLabel("Identity number").fill(pid);
  await page.getByRole("radio", { name: `idporten-loa-${level}` }).check();
  await page.getByRole("button", { name: "Sign in" }).click();
}

test("a citizen logs in through an independent provider and logs out of it too", async ({ page }) => {
  await page.goto("/life-event/fa-barn");
  await page.getByRole("link", { name: "Logg inn", exact: true }).click();
  expect(new URL(page.url()).port).toBe("3200");
  await signInAtProvider(page, KARI);

  await expect(page).toHaveURL(/127\.0\.0\.1:3100\/life-event\/fa-barn$/);
  const user = page.getByRole("navigation", { name: "Innlogget bruker" });
  await expect(user.getByText("Kari Nordmann")).toBeVisible();
  // `amr` and `acr` as the independent provider sent them.
  await expect(user.getByText("TestID, betydelig sikkerhetsnivå")).toBeVisible();
  await expectNoAxeViolations(page);

  // RP-initiated logout: the provider asks, then sends the person back with the portal's state.
  await user.getByRole("button", { name: "Logg ut" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Sign out of the test provider?");
  await page.getByRole("button", { name: "Yes, sign me out" }).click();
  await expect(page).toHaveURL(/127\.0\.0\.1:3100\/logged-out/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Du er logget ut");
  await expect(page.getByRole("navigation", { name: "Innlogget bruker" })).toHaveCount(0);

  // The provider's session ended too: logging in again asks who you are.
  await page.getByRole("link", { name: "Logg inn", exact: true }).click();
  await expect(page.getByLabel("Identity number")).toBeEmpty();
});

test("a login below the level a page demands is refused, and the high level is let in", async ({ page }) => {
  await page.goto("/login?level=high&return=/life-event/fa-barn");
  await signInAtProvider(page, KARI, "substantial");

  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Innloggingen ble avvist");
  await expect(page.getByText("Denne tjenesten krever innlogging med høyt sikkerhetsnivå")).toBeVisible();
  await expect(page.getByRole("navigation", { name: "Innlogget bruker" })).toHaveCount(0);
  await expectNoAxeViolations(page);

  await page.context().clearCookies();
  await page.goto("/login?level=high&return=/life-event/fa-barn");
  await signInAtProvider(page, KARI, "high");
  await expect(page).toHaveURL(/\/life-event\/fa-barn$/);
  const user = page.getByRole("navigation", { name: "Innlogget bruker" });
  await expect(user.getByText("Kari Nordmann")).toBeVisible();
  await expect(user.getByText("TestID, høyt sikkerhetsnivå")).toBeVisible();
});

test("a caseworker's role comes from the portal, whichever provider vouches for them", async ({ page }) => {
  await page.goto("/caseworker");
  await signInAtProvider(page, INGRID);
  await expect(page).toHaveURL(/\/caseworker$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Innboks");
  const response = await page.goto("/admin");
  expect(response?.status()).toBe(403);
});
