import { expect, test, type Page } from "@playwright/test";
import { applyForKindergarten, expectNoAxeViolations, logIn } from "./support";

// The deliveries that did not arrive: NAV's admin reaches them from Administration, NAV's
// caseworker sees what was sent to NAV's own system (read-only). Whatever the outbox holds at the
// moment, each page is a table with a caption or says everything was delivered. The operator
// (platform staff) sends a call given up again: Skatteetaten is made to refuse every call (the
// simulator's fault), so the child's name is given up at once. (Retrying is also tested over
// HTTP in `server/tests/api/deliveries.rs`.)

test.beforeEach(async ({ context }) => {
  await context.clearCookies();
});

/** Sets a simulated agency's fault (`{}` clears it), with the demo's simulator token. */
async function fault(page: Page, agency: string, fault: object) {
  const response = await page.request.put(`/sim/admin/faults/${agency}`, {
    headers: { Authorization: "Bearer simulator-token" },
    data: fault,
  });
  expect(response.status()).toBe(200);
}

async function tableOrEmpty(page: Page, caption: RegExp, empty: RegExp) {
  const table = page.getByRole("table", { name: caption });
  await expect(table.or(page.getByText(empty))).toBeVisible();
}

test("NAV's admin finds the deliveries that did not arrive from Administration", async ({ page }) => {
  await page.goto("/admin");
  await logIn(page, /^Lars Dahl/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Administrasjon");
  await page.getByRole("link", { name: "NAV", exact: true }).click();
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

test("the operator finds a call given up among every agency's and sends it again", async ({ page }) => {
  test.setTimeout(150_000);
  // 422: Skatteetaten refuses the call as it is, so it is given up at the first attempt.
  await fault(page, "skatteetaten", { status: 422 });
  try {
    const reference = (await applyForKindergarten(page)).trim();
    expect(reference).toMatch(/^VV-/);
    await page.context().clearCookies();

    await page.goto("/operator");
    await logIn(page, /^Tone Brekke/);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Drift: leveranser som ikke kom fram");
    const user = page.getByRole("navigation", { name: "Innlogget bruker" });
    await expect(user.getByRole("link", { name: "Drift" })).toHaveAttribute("href", "/operator");
    await expect(page.getByRole("table", { name: "Forsendelser som ikke er levert, per virksomhet" })).toBeVisible();
    await expectNoAxeViolations(page);

    await page.getByRole("link", { name: "Skatteetaten" }).click();
    await expect(page).toHaveURL(/\/admin\/deliveries\/skatteetaten$/);
    await expect(page.getByRole("link", { name: "Tilbake til drift" })).toBeVisible();
    // The worker gives it up within moments; the page shows it from then on.
    const retry = page.getByRole("button", { name: new RegExp(`^Send på nytt\\s+${reference}$`) });
    await expect(async () => {
      await page.reload();
      await expect(retry).toBeVisible({ timeout: 1_000 });
    }).toPass({ timeout: 30_000 });
    await expect(page.getByRole("link", { name: "Levert", exact: true })).toHaveCount(0);
    await expectNoAxeViolations(page);

    await fault(page, "skatteetaten", {});
    await retry.click();
    await expect(page).toHaveURL(/\/admin\/deliveries\/skatteetaten\?done=retried&count=\d+$/);
    await expect(page.getByRole("status").filter({ hasText: "Lagt i køen igjen" })).toBeVisible();
  } finally {
    await fault(page, "skatteetaten", {});
  }
});
