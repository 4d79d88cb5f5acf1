import { expect, test, type Page } from "@playwright/test";
import { expectNoAxeViolations } from "./support";

// The deliveries that did not arrive: NAV's admin reaches them from Administration, NAV's
// caseworker sees what was sent to NAV's own system (read-only). Whatever the outbox holds at the
// moment, each page is a table with a caption or says everything was delivered. (Retrying a dead
// call from the page is tested over HTTP in `server/tests/api/deliveries.rs`, with NAV put down.)

test.beforeEach(async ({ context }) => {
  await context.clearCookies();
});

async function logIn(page: Page, name: RegExp) {
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(/Testinnlogging|Test login/);
  await page.getByRole("radio", { name }).check();
  await page.getByRole("radio", { name: /^Betydelig/ }).check();
  await page.getByRole("button", { name: /Logg inn|Log in/ }).click();
}

async function tableOrEmpty(page: Page, caption: RegExp, empty: RegExp) {
  const table = page.getByRole("table", { name: caption });
  await expect(table.or(page.getByText(empty))).toBeVisible();
}

test("NAV's admin finds the deliveries that did not arrive from Administration", async ({ page }) => {
  await page.goto("/admin");
  await logIn(page, /^Lars Dahl/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Administrasjon");
  await page.getByRole("link", { name: "NAV" }).click();
  await expect(page).toHaveURL(/\/admin\/deliveries\/nav$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Leveranser som ikke kom fram: NAV");
  await tableOrEmpty(page, /Forsendelser til NAV som ikke er levert/, /Alt til NAV er levert/);
  await expectNoAxeViolations(page);
});

test("NAV's caseworker sees what was sent to NAV, read-only", async ({ page }) => {
  await page.goto("/caseworker/sent/nav");
  await logIn(page, /^Ingrid Berg/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Sendt til NAV");
  await tableOrEmpty(page, /Forsendelser levert til NAV/, /Ingenting er levert til NAV ennå/);
  await expect(page.getByRole("button", { name: /Send på nytt/ })).toHaveCount(0);
  await expectNoAxeViolations(page);
  await page.getByRole("link", { name: "Ikke levert" }).click();
  await tableOrEmpty(page, /Forsendelser til NAV som ikke er levert/, /Alt til NAV er levert/);
  await expect(page.getByRole("button", { name: /Send på nytt/ })).toHaveCount(0);
});
