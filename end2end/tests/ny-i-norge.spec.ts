import { expect, test } from "@playwright/test";
import { continueTo, dayFromToday, expectNoAxeViolations, jsEnabled, question, startAfresh } from "./support";

// Ny i Norge in English, as Marta Kowalska, who logs in with her D-number typed on the test
// login page: prefilled from Folkeregisteret, the EU/EEA branch, the move with her family, the
// tax card and a GP — and no introduction programme, which is for refugees.

const MARTA = "48839410002"; // a synthetic D-number: the day + 40, the month + 80
const CONTINUE = "Save and continue";

test.describe.configure({ timeout: 120_000 });

test.beforeEach(async ({ context }) => {
  await context.clearCookies();
});

test("a newcomer with a D-number reports her move in English and gets a tax card and a GP", async ({ page }, testInfo) => {
  await page.goto("/language/en?return=/life-event/ny-i-norge");
  await expect(page.locator("html")).toHaveAttribute("lang", "en");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("New in Norway");
  await expectNoAxeViolations(page);
  await page.getByRole("link", { name: "Log in to start" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Test login");
  await page.getByRole("radio", { name: "Another synthetic person" }).check();
  await page.getByLabel("Synthetic national identity number or D number").fill(MARTA);
  await page.getByRole("radio", { name: /^Substantial/ }).check();
  await page.getByRole("button", { name: "Log in" }).click();
  await startAfresh(page);

  await expect(page.getByRole("heading", { level: 1 })).toHaveText("About you");
  // Folkeregisteret knows her by her D-number.
  await expect(page.getByLabel("Full name")).toHaveValue("Marta Kowalska");
  await expect(page.getByLabel("National identity number or D number")).toHaveValue(MARTA);
  await expect(page.getByText(/^From the National Population Register \(Folkeregisteret\), /).first()).toBeVisible();
  await expectNoAxeViolations(page);
  await page.getByRole("radio", { name: "Another EU/EEA country or Switzerland" }).check();
  await page.getByLabel("Citizenship (country)").fill("Poland");
  await page.getByLabel("Passport number or national ID card number").fill("EA1234567");
  // EU/EEA citizens register; no residence permit is asked.
  await continueTo(page, "Registering as an EU/EEA citizen", CONTINUE);
  await question(page, /registration certificate/).getByRole("radio", { name: "Yes" }).check();
  await continueTo(page, "Your stay", CONTINUE);
  await page.getByLabel("When did you, or when will you, arrive in Norway?").fill(dayFromToday(-10));
  await page.getByRole("radio", { name: /^Six months or more/ }).check();
  await continueTo(page, "Reporting your move", CONTINUE);

  await page.getByLabel("Street address").fill("Storgata 10");
  await page.getByLabel("Postcode").fill("0155");
  await page.getByLabel("Town or city").fill("Oslo");
  await page.getByLabel("Which country are you moving from?").fill("Poland");
  const family = page.getByRole("button", { name: "Add another" });
  if (jsEnabled(testInfo)) {
    // The family is asked about only when someone moves along.
    await expect(page.locator(".step-enhancer")).toHaveAttribute("data-enhanced", "true");
    await expect(family).toBeHidden();
  }
  await question(page, /Is family moving with you/).getByRole("radio", { name: "Yes" }).check();
  await family.click();
  const child = question(page, /^Family member 1/);
  await expect(child).toBeVisible();
  await child.getByLabel("Name", { exact: true }).fill("Zofia Kowalska");
  await child.getByLabel("Date of birth").fill(dayFromToday(-1500));
  await child.getByRole("radio", { name: "Child" }).check();
  await expectNoAxeViolations(page);
  // Past the D-number, which is for shorter stays.
  await continueTo(page, "Tax card", CONTINUE);
  await question(page, /Will you work/).getByRole("radio", { name: "Yes" }).check();
  await page.getByLabel("Your employer's organisation number").fill("974 760 673");
  await page.getByLabel("When do you start work?").fill(dayFromToday(5));
  await page.getByLabel("How much do you expect to earn in Norway this year?").fill("520 000");
  await continueTo(page, "GP", CONTINUE);
  await question(page, /Do you want a GP/).getByRole("radio", { name: "Yes" }).check();
  await page.getByRole("radio", { name: "It does not matter" }).check();
  await continueTo(page, "Check your answers", CONTINUE);
  await expect(page.getByText("Zofia Kowalska")).toBeVisible();
  await expect(page.getByText("Introduction programme")).toHaveCount(0);

  await page.getByRole("button", { name: "Submit" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Submitted");
  await expect(page.locator("html")).toHaveAttribute("lang", "en");
  const timeline = page.locator(".timeline");
  await expect(timeline.getByText("The Norwegian Tax Administration — reporting a move", { exact: true })).toBeVisible();
  await expect(timeline.getByText("Helfo — GP", { exact: true })).toBeVisible();
  await expectNoAxeViolations(page);
});
