import { expect, test } from "@playwright/test";
import { expectNoAxeViolations, logIn } from "./support";

// A service edited in its own form, as NAV's admin Lars Dahl does it: he changes what child
// benefit (barnetrygd) is sent and when, in Få barn's draft, and sees both in what the draft
// changes. A mapping of an answer the journey does not have is refused at its field, with what
// he typed kept. The draft is discarded at the end, so the rest of the suite (and the other
// project) meets Få barn as shipped. The same is tested over HTTP in
// `server/tests/api/authoring_services.rs`.

test.beforeEach(async ({ context }) => {
  await context.clearCookies();
});

const JOURNEY = "/admin/journeys/fa-barn";

test("Lars changes a service's payload and condition in its form and sees it on the draft", async ({ page }) => {
  await page.goto(JOURNEY);
  await logIn(page, /^Lars Dahl/);
  await page.getByRole("button", { name: "Start et nytt utkast" }).click();
  await expect(page.getByText("Et nytt utkast er startet")).toBeVisible();

  await page.getByRole("link", { name: "Tjenester og hva de får tilsendt" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Tjenester – Få barn");
  await expect(page.getByRole("row", { name: /barnehageplass/ })).toContainText("child-name");
  await expectNoAxeViolations(page);
  await page.getByRole("link", { name: "Endre barnetrygd" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("barnetrygd – Få barn");
  await expectNoAxeViolations(page);

  // A mapping of an answer Få barn does not have: refused at the field, what he typed kept.
  const payload = page.getByLabel("Hva den får tilsendt");
  const condition = page.getByLabel("Send den bare når (valgfritt)");
  const stored = await payload.inputValue();
  expect(stored).toContain("bank_account = bank_account?");
  await expect(condition).toHaveValue("apply_child_benefit == true");
  const newCondition = "apply_child_benefit == true and child_lives_with_you == true";
  await condition.fill(newCondition);
  await payload.fill(`${stored}shoe = shoe_size`);
  await page.getByRole("button", { name: "Lagre tjenesten" }).click();
  await expect(page.getByRole("link", { name: "unknown field `shoe_size`" })).toBeVisible();
  await expect(page.locator("#s-payload-error")).toHaveText("unknown field `shoe_size`");
  await expect(payload).toHaveValue(/shoe = shoe_size/);
  await expect(condition).toHaveValue(newCondition);
  await expectNoAxeViolations(page);

  // The bank account goes under another key, and the condition stays as typed.
  await payload.fill(stored.replace("bank_account = bank_account?", "account = bank_account?"));
  await page.getByRole("button", { name: "Lagre tjenesten" }).click();
  await expect(page.getByText("Tjenesten er lagret i utkastet.")).toBeVisible();
  await expect(page.getByRole("row", { name: /barnetrygd/ })).toContainText(newCondition);

  // What the draft changes: the service, with the old and new condition and mapping.
  await page.getByRole("link", { name: "Tilbake til utkastet" }).click();
  const changed = page.getByRole("listitem").filter({ hasText: /barnetrygd.*endret/ });
  await expect(changed.getByText(`if: apply_child_benefit == true → ${newCondition}`)).toBeVisible();
  await expect(changed.getByText(/^payload\.account: .+ → bank_account\?$/)).toBeVisible();
  await expect(changed.getByText(/^payload\.bank_account: bank_account\? → /)).toBeVisible();
  await expectNoAxeViolations(page);

  // The draft is dropped so the journey is as it was.
  await page.getByRole("button", { name: "Forkast dette utkastet" }).click();
  await expect(page.getByText("Utkastet er forkastet.")).toBeVisible();
});
