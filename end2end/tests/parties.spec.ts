import { expect, test } from "@playwright/test";
import { expectNoAxeViolations, logIn, startAfresh, walkFaBarnToCheck } from "./support";

test("Kari asks Ola to confirm Få barn: it waits for him, he sees only his part and answers", async ({ page }) => {
  await page.goto("/life-event/fa-barn");
  await page.getByRole("link", { name: "Logg inn for å starte" }).click();
  await logIn(page, /^Kari Nordmann/);
  await startAfresh(page);
  await walkFaBarnToCheck(page);
  // Back to the family: the other parent takes part and is to confirm in Veiviser.
  await page.getByRole("link", { name: /Endre Skal den andre forelderen være med/ }).click();
  const group = (name: RegExp) => page.getByRole("group", { name });
  await group(/Skal den andre forelderen være med/).getByRole("radio", { name: "Ja" }).check();
  await page.getByLabel("Fødselsnummeret til den andre forelderen").fill(await ola(page));
  await group(/Skal den andre forelderen bekrefte i Veiviser/).getByRole("radio", { name: "Ja" }).check();
  await page.getByRole("button", { name: "Lagre og fortsett", exact: true }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Se over svarene dine");
  await page.getByRole("button", { name: "Send inn" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Sendt inn");
  await expect(page.getByText("Søknaden sendes når alle har svart.")).toBeVisible();
  await expect(page.getByText(/Ola Nordmann har ikke svart ennå/)).toBeVisible();
  await expectNoAxeViolations(page);
  const receipt = page.url();

  // Ola: a task on My page; its page shows the child's name, not Kari's other answers.
  await page.getByRole("navigation", { name: "Innlogget bruker" }).getByRole("button", { name: "Logg ut" }).click();
  await page.goto("/my-page");
  await logIn(page, /^Ola Nordmann/);
  await page.getByRole("link", { name: /Kari Nordmann venter på svaret ditt: Få barn/ }).first().click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(
    "Kari Nordmann har søkt om Få barn og ført deg opp som den andre forelderen",
  );
  await expect(page.getByText("1234.56.78903")).toHaveCount(0);
  await expectNoAxeViolations(page);
  // Sent with nothing answered: the summary says what is missing, and nothing is taken.
  await page.getByRole("button", { name: "Send svaret" }).click();
  await expect(page.locator("#error-summary")).toBeVisible();
  await expectNoAxeViolations(page);
  await group(/Er du enig i navnet barnet får/).getByRole("radio", { name: "Ja" }).check();
  await group(/Vil du selv ta ut foreldrepenger/).getByRole("radio", { name: "Nei" }).check();
  await page.getByRole("button", { name: "Send svaret" }).click();
  await expect(page).toHaveURL(/\/my-page\?party=answered$/);
  await expect(page.getByRole("status").filter({ hasText: "Svaret ditt er sendt." })).toBeVisible();
  await expectNoAxeViolations(page);

  // Kari's receipt: Ola has answered, and the calls go out.
  await page.getByRole("navigation", { name: "Innlogget bruker" }).getByRole("button", { name: "Logg ut" }).click();
  await page.goto(receipt);
  await logIn(page, /^Kari Nordmann/);
  await expect(page.getByText("Ola Nordmann har svart.")).toBeVisible();
});

/** Ola's identity number, as the family step prefilled it from Folkeregisteret (Kari's spouse). */
async function ola(page: import("@playwright/test").Page): Promise<string> {
  const field = page.getByLabel("Fødselsnummeret til den andre forelderen");
  const value = await field.inputValue();
  expect(value.replace(/\s/g, "")).toMatch(/^\d{11}$/);
  return value;
}
