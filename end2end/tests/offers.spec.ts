import { expect, test, type Page } from "@playwright/test";
import { deleteOpenDraft, expectNoAxeViolations, logIn } from "./support";

/** The identity number the test login gives `name` (its radio's value). */
async function pidOf(page: Page, name: RegExp): Promise<string> {
  return (await page.getByRole("radio", { name }).getAttribute("value")) ?? "";
}

/** Reloads My page until an offer about `child` is on it (the feed is read every second here). */
async function offerAbout(page: Page, child: string) {
  const card = page.locator(".offer", { hasText: child });
  await expect(async () => {
    await page.goto("/my-page");
    await expect(card).toBeVisible({ timeout: 500 });
  }).toPass({ timeout: 20_000 });
  return card;
}

test("a birth in the register offers Få barn to both parents: one starts it prefilled, the other dismisses it", async ({ page, request }, testInfo) => {
  // Parents no other test walks Få barn as: a new child would change their prefill.
  const child = `Ida Vik ${testInfo.project.name}`;
  await page.goto("/life-event/fa-barn");
  await page.getByRole("link", { name: "Logg inn for å starte" }).click();
  const maja = await pidOf(page, /^Maja Vik/);
  const jonas = await pidOf(page, /^Jonas Lund/);
  await logIn(page, /^Maja Vik/);
  // Her open draft of Få barn, if an earlier test left one, would be continued instead.
  await deleteOpenDraft(page);

  const born = await request.post("/sim/admin/births", {
    headers: { Authorization: "Bearer simulator-token" },
    data: { name: child, parents: [maja, jonas] },
  });
  expect(born.ok()).toBeTruthy();
  const { pid } = await born.json();

  const card = await offerAbout(page, child);
  await expect(page.getByRole("heading", { level: 2, name: "Forslag til deg" })).toBeVisible();
  await expect(card.getByText(/med deg som forelder/)).toBeVisible();
  await expectNoAxeViolations(page);
  await card.getByRole("button", { name: /^Start/ }).click();
  // Få barn's first step, with the newborn from Folkeregisteret.
  await expect(page).toHaveURL(/\/journey\/[^/]+\/child$/);
  await expect(page.getByLabel("Barnets fødselsnummer")).toHaveValue(pid);
  await page.goto("/my-page");
  await expect(page.locator(".offer", { hasText: child })).toHaveCount(0);

  // Jonas has his own offer, and dismisses it.
  await page.getByRole("navigation", { name: "Innlogget bruker" }).getByRole("button", { name: "Logg ut" }).click();
  await expect(page).toHaveURL(/\/logged-out/);
  await page.goto("/my-page");
  await logIn(page, /^Jonas Lund/);
  const his = await offerAbout(page, child);
  await his.getByRole("button", { name: /^Ikke aktuelt/ }).click();
  await expect(page).toHaveURL(/\/my-page\?dismissed=1$/);
  await expect(page.getByRole("status").filter({ hasText: "Forslaget er fjernet fra Min side." })).toBeVisible();
  await expect(page.locator(".offer", { hasText: child })).toHaveCount(0);
  await expectNoAxeViolations(page);
});
