import { expect, test } from "@playwright/test";
import { expectNoAxeViolations, logIn, walkFaBarnToCheck } from "./support";

// A saved test case kept from a preview: Lars walks a new draft of Få barn as Kari to the end and
// keeps the walk as a test case (a missing name is refused at the field first); the draft page
// lists it as passing. The draft is discarded at the end, so Få barn is as shipped.

test.beforeEach(async ({ context }) => {
  await context.clearCookies();
});

test("Lars keeps a preview's walk as a test case, which the draft page lists as passing", async ({ page }) => {
  test.setTimeout(120_000);
  await page.goto("/admin/journeys/fa-barn");
  await logIn(page, /^Lars Dahl/);
  await page.getByRole("button", { name: "Start et nytt utkast" }).click();
  await expect(page.getByText("Et nytt utkast er startet")).toBeVisible();
  await page.getByLabel("Person").selectOption({ label: "Kari Nordmann" });
  await page.getByRole("button", { name: "Start forhåndsvisningen" }).click();
  await expect(page.getByText(/Forhåndsvisning av versjon \d+ som Kari Nordmann/)).toBeVisible();
  await walkFaBarnToCheck(page);
  await expect(page.getByRole("heading", { name: "Behold gjennomgangen som testtilfelle" })).toBeVisible();
  await expectNoAxeViolations(page);

  // No name: refused at the field, with a summary; then named, and kept.
  await page.getByRole("button", { name: "Lagre som testtilfelle" }).click();
  await expect(page.locator("#error-summary")).toBeVisible();
  await expect(page.getByLabel("Navn på testtilfellet")).toHaveAttribute("aria-invalid", "true");
  await expectNoAxeViolations(page);
  await page.getByLabel("Navn på testtilfellet").fill("Kari med barnehage");
  await page.getByRole("button", { name: "Lagre som testtilfelle" }).click();
  await expect(page.getByText("Gjennomgangen er lagret som testtilfelle i utkastet.")).toBeVisible();
  const cases = page.getByRole("list", { name: "Testtilfeller" });
  await expect(cases.getByRole("listitem").filter({ hasText: "Kari med barnehage" })).toContainText("Bestått");
  await expectNoAxeViolations(page);

  await page.getByRole("button", { name: "Forkast dette utkastet" }).click();
  await expect(page.getByText("Utkastet er forkastet.")).toBeVisible();
});
