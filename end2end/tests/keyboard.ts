import { expect, type Locator, type Page } from "@playwright/test";

/** Presses Tab until `target` has focus: how a keyboard user gets there. */
export async function tabTo(page: Page, target: Locator) {
  for (let i = 0; i < 80; i++) {
    if (await target.evaluate((el) => el === document.activeElement)) return;
    await page.keyboard.press("Tab");
  }
  throw new Error(`could not reach ${target} with Tab`);
}

export async function typeInto(page: Page, target: Locator, text: string) {
  await tabTo(page, target);
  await page.keyboard.type(text);
}

/** Tabs into the radio group and moves to `radio` with the arrow keys, as keyboard users do. */
export async function choose(page: Page, radio: Locator) {
  const name = await radio.getAttribute("name");
  for (let i = 0; i < 60; i++) {
    const inGroup = await page.evaluate(
      (n) => document.activeElement instanceof HTMLInputElement && document.activeElement.name === n,
      name,
    );
    if (inGroup) break;
    await page.keyboard.press("Tab");
  }
  for (let i = 0; i < 12 && !(await radio.isChecked()); i++) {
    const here = await radio.evaluate((el) => el === document.activeElement);
    await page.keyboard.press(here ? "Space" : "ArrowDown");
  }
  await expect(radio).toBeChecked();
}

export async function press(page: Page, button: Locator) {
  await tabTo(page, button);
  await page.keyboard.press("Enter");
}
