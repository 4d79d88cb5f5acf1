import { expect, test, type Page } from "@playwright/test";
import { expectNoAxeViolations, logIn } from "./support";

// Reordering the draft's questions: dragged to their place with JavaScript, one place per
// arrow without (and from the keyboard). Either way the server makes the move and the page
// comes back in the new order. The draft is discarded at the end, so Få barn is as shipped.

test.beforeEach(async ({ context }) => {
  await context.clearCookies();
});

const JOURNEY = "/admin/journeys/fa-barn";

/** The family step's question ids, in the order the draft page lists them. */
async function familyQuestions(page: Page): Promise<string[]> {
  const codes = page.locator("#step-family [data-move=question] > code");
  return (await codes.allTextContents()).map((id) => id.trim());
}

test("Lars puts a question of the family step first: by dragging it, or with the arrows", async ({ page }, info) => {
  await page.goto(JOURNEY);
  await logIn(page, /^Lars Dahl/);
  await page.getByRole("button", { name: "Start et nytt utkast" }).click();
  await expect(page.getByRole("heading", { name: "Steg og spørsmål" })).toBeVisible();
  const before = await familyQuestions(page);
  const at = before.indexOf("parents_relationship");
  expect(at).toBeGreaterThan(1);
  const item = (id: string) => page.locator("#step-family [data-move=question]").filter({ has: page.locator(`code:text-is("${id}")`) });

  if (info.project.name === "js") {
    await expect(item("parents_relationship")).toHaveAttribute("draggable", "true");
    await item("parents_relationship").dragTo(item(before[0]));
    await expect(page.getByText("Flyttet. Kontrollen har sett på utkastet igjen.")).toBeVisible();
  } else {
    for (let i = 0; i < at; i++) {
      await item("parents_relationship").getByRole("button", { name: /^Flytt «.*» opp$/ }).click();
      await expect(page.getByText("Flyttet. Kontrollen har sett på utkastet igjen.")).toBeVisible();
    }
  }

  const after = await familyQuestions(page);
  expect(after[0]).toBe("parents_relationship");
  expect([...after].sort()).toEqual([...before].sort());
  await expectNoAxeViolations(page);
  await page.getByRole("button", { name: "Forkast dette utkastet" }).click();
  await expect(page.getByText("Utkastet er forkastet.")).toBeVisible();
});
