import { expect, test, type Page } from "@playwright/test";
import { expectHydrated, expectNoAxeViolations, jsEnabled } from "./support";

test.beforeEach(async ({ context }) => {
  await context.clearCookies();
});

/** Picks a language the way a person would: with JS, open the menu first; without, the links are there. */
async function chooseLanguage(page: Page, name: string, js: boolean) {
  const menu = page.getByRole("navigation", { name: /Språk|Language/ });
  if (js) {
    const toggle = menu.getByRole("button");
    await expect(toggle).toHaveAttribute("aria-expanded", "false");
    await expect(menu.getByRole("link", { name })).toBeHidden();
    await toggle.click();
    await expect(toggle).toHaveAttribute("aria-expanded", "true");
  } else {
    await expect(menu.getByRole("button")).toBeHidden();
  }
  await menu.getByRole("link", { name }).click();
}

test("switching to Nynorsk and English keeps the page and is remembered", async ({ page }, testInfo) => {
  const js = jsEnabled(testInfo);
  await page.goto("/life-event/fa-barn");
  if (js) await expectHydrated(page);

  await chooseLanguage(page, "Nynorsk", js);
  await expect(page).toHaveURL(/\/life-event\/fa-barn$/);
  await expect(page.locator("html")).toHaveAttribute("lang", "nn");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Få barn");
  await expect(page.getByText("Etatar som er med")).toBeVisible();
  await expectNoAxeViolations(page);

  if (js) await expectHydrated(page);
  await chooseLanguage(page, "English", js);
  await expect(page.locator("html")).toHaveAttribute("lang", "en");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Having a child");
  await expectNoAxeViolations(page);

  // The choice is remembered on the next visit.
  await page.goto("/");
  await expect(page.locator("html")).toHaveAttribute("lang", "en");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("What is happening in your life?");
  await expectNoAxeViolations(page);
});

test("the browser's language is used until the citizen chooses", async ({ browser }) => {
  const javaScriptEnabled = test.info().project.use.javaScriptEnabled;
  const context = await browser.newContext({ locale: "en-GB", javaScriptEnabled });
  const page = await context.newPage();
  await page.goto("/");
  await expect(page.locator("html")).toHaveAttribute("lang", "en");
  await context.close();
});

test("the language menu works from the keyboard", async ({ page }, testInfo) => {
  await page.goto("/");
  if (jsEnabled(testInfo)) {
    // A disclosure: Enter opens it, Tab reaches the links, Escape closes it and returns focus.
    await expectHydrated(page);
    const toggle = page.getByRole("button", { name: /Språk/ });
    await toggle.focus();
    await page.keyboard.press("Enter");
    await expect(toggle).toHaveAttribute("aria-expanded", "true");
    await page.keyboard.press("Tab");
    await expect(page.getByRole("link", { name: "Bokmål" })).toBeFocused();
    await page.keyboard.press("Escape");
    await expect(toggle).toHaveAttribute("aria-expanded", "false");
    await expect(toggle).toBeFocused();
    await page.keyboard.press("Enter");
  }
  // Without JavaScript the links are plain: Tab reaches them and Enter follows one.
  const english = page.getByRole("link", { name: "English" });
  for (let i = 0; i < 10 && !(await english.evaluate((el) => el === document.activeElement)); i++) {
    await page.keyboard.press("Tab");
  }
  await expect(english).toBeFocused();
  await page.keyboard.press("Enter");
  await expect(page.locator("html")).toHaveAttribute("lang", "en");
});
