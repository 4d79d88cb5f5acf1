import { expect, test, type Page } from "@playwright/test";
import { expectNoAxeViolations } from "./support";

test.beforeEach(async ({ context }) => {
  await context.clearCookies();
});

/** Picks a language the way a person would: opens the menu (a disclosure, with JavaScript on or
 *  off), then follows the language's link. */
async function chooseLanguage(page: Page, name: string) {
  const menu = page.getByRole("navigation", { name: /Språk|Language/ });
  await expect(menu.getByRole("link", { name })).toBeHidden();
  await menu.locator("summary").click();
  await expect(menu.locator("details")).toHaveAttribute("open", "");
  await menu.getByRole("link", { name }).click();
}

test("switching to Nynorsk and English keeps the page and is remembered", async ({ page }) => {
  await page.goto("/life-event/fa-barn");

  await chooseLanguage(page, "Nynorsk");
  await expect(page).toHaveURL(/\/life-event\/fa-barn$/);
  await expect(page.locator("html")).toHaveAttribute("lang", "nn");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Få barn");
  await expect(page.getByText("Etatar som er med")).toBeVisible();
  await expectNoAxeViolations(page);

  await chooseLanguage(page, "English");
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

test("the language menu works from the keyboard", async ({ page }) => {
  await page.goto("/");
  // A disclosure: Enter on its button opens it and again closes it; Tab reaches the links and
  // Enter follows one. The same with JavaScript on and off.
  const menu = page.getByRole("navigation", { name: "Språk" });
  const toggle = menu.locator("summary");
  await toggle.focus();
  await page.keyboard.press("Enter");
  await expect(menu.locator("details")).toHaveAttribute("open", "");
  await page.keyboard.press("Enter");
  await expect(menu.locator("details")).not.toHaveAttribute("open", "");
  await page.keyboard.press("Enter");
  await page.keyboard.press("Tab");
  await expect(page.getByRole("link", { name: "Bokmål" })).toBeFocused();
  const english = page.getByRole("link", { name: "English" });
  for (let i = 0; i < 5 && !(await english.evaluate((el) => el === document.activeElement)); i++) {
    await page.keyboard.press("Tab");
  }
  await expect(english).toBeFocused();
  await page.keyboard.press("Enter");
  await expect(page.locator("html")).toHaveAttribute("lang", "en");
});
