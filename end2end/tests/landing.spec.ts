import { expect, test } from "@playwright/test";
import { expectNoAxeViolations, watchForErrors } from "./support";

const lifeEvents = [
  "Få barn",
  "Alvorlig sykt barn",
  "Dødsfall og arv",
  "Starte og drive en bedrift",
  "Starte og drive en frivillig organisasjon",
  "Miste og finne jobb",
  "Ny i Norge",
];

test.beforeEach(async ({ context }) => {
  await context.clearCookies();
});

test("the landing page lists the seven life events in Bokmål", async ({ page }) => {
  const errors = watchForErrors(page);
  // Nothing on it is interactive beyond links and the language menu (a disclosure without
  // JavaScript): it loads no script and no WebAssembly, with JavaScript on or off.
  const loaded: string[] = [];
  page.on("request", (request) => loaded.push(request.url()));
  await page.goto("/");
  await expect(page.locator("html")).toHaveAttribute("lang", "nb");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Hva skjer i livet ditt?");
  const list = page.getByRole("list", { name: "Livshendelser" });
  for (const name of lifeEvents) {
    await expect(list.getByRole("link", { name, exact: true })).toBeVisible();
  }
  await expect(list.getByRole("listitem")).toHaveCount(7);
  await page.waitForLoadState("networkidle");
  expect(loaded.filter((url) => /\.(js|wasm)(\?|$)/.test(url))).toEqual([]);
  await expectNoAxeViolations(page);
  expect(errors).toEqual([]);
});

test("a life event opens its own page", async ({ page }) => {
  await page.goto("/");
  await page.getByRole("link", { name: "Dødsfall og arv", exact: true }).click();
  await expect(page).toHaveURL(/\/life-event\/dodsfall-og-arv$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Dødsfall og arv");
  await expect(page.getByRole("listitem").filter({ hasText: "Tingretten" })).toBeVisible();
  await expect(page).toHaveTitle("Dødsfall og arv – Veiviser");
  await expectNoAxeViolations(page);
});

test("an unknown life event gets a localised not-found page", async ({ page }) => {
  const response = await page.goto("/life-event/finnes-ikke");
  expect(response?.status()).toBe(404);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Fant ikke siden");
  await expect(page.getByRole("link", { name: "Gå til forsiden" })).toBeVisible();
  await expectNoAxeViolations(page);
});

test("the skip link leads to the main content", async ({ page }) => {
  await page.goto("/");
  await page.keyboard.press("Tab");
  const skip = page.getByRole("link", { name: "Hopp til hovedinnholdet" });
  await expect(skip).toBeFocused();
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/#main$/);
});

test("the page reflows at 320 px without horizontal scrolling", async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 640 });
  await page.goto("/");
  const overflow = await page.evaluate(
    () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
  );
  expect(overflow).toBeLessThanOrEqual(0);
  await expectNoAxeViolations(page);
});
