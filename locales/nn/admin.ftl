# Administratorar som lagar livshendingar: vilkår i klartekst («Kvifor blir dette vist?») og
# flyten i ei livshending som diagram og som liste.

## Eit vilkår i ord. $left, $right, $field, $option og $group er verdiar som alt står i hermeteikn.
explain-quoted = «{ $text }»
explain-compare = { $left } { $op } { $right }
explain-op-eq = er
explain-op-ne = er ikkje
explain-op-lt = er mindre enn
explain-op-le = er høgst
explain-op-gt = er meir enn
explain-op-ge = er minst
explain-op-before = er før
explain-op-on-or-before = er same dag som eller før
explain-op-after = er etter
explain-op-on-or-after = er same dag som eller etter
explain-today = i dag
explain-shift-before = { $period } før { $date }
explain-shift-after = { $period } etter { $date }
explain-years = { $count } år
explain-months = { $count ->
    [one] 1 månad
   *[other] { $count } månader
}
explain-days = { $count ->
    [one] 1 dag
   *[other] { $count } dagar
}
explain-count = talet på element i { $group }
explain-ticked = { $option } er kryssa av i { $field }
explain-answered = { $field } er svart på
explain-always = Alltid
explain-never = Aldri
explain-and = { $left } og { $right }
explain-or = { $left } eller { $right }
explain-not-inline = det er ikkje slik at { $condition }
explain-any-item-inline = for minst éin i { $group }: { $condition }
explain-all = Alt dette må stemme:
explain-any = Minst eitt av desse må stemme:
explain-not = Dette må ikkje stemme:
explain-any-item = For minst éin i { $group }:
explain-answers-heading = Det stemmer med desse svara:
explain-answer-is = { $field } er svart med { $answers }

## Kvifor eit steg eller eit felt blir vist. $step er tittelen på eit steg.
why-always = Blir alltid vist.
why-shown-if = Blir berre vist når:
why-step-shown-if = Steget blir berre vist når:
why-passed-by = Blir hoppa over når steget «{ $step }» går forbi det, det vil seie når:
why-passed-by-always = Blir aldri vist etter steget «{ $step }», som alltid går forbi det.
why-only-through = Blir berre nådd frå steget «{ $step }», når:
why-only-through-always = Blir berre nådd frå steget «{ $step }».

## Flyten i ei livshending. $journey er tittelen på livshendinga, $step tittelen på eit steg.
flow-title = Stega i { $journey }
flow-description = Dei same stega er skildra med ord i lista under.
flow-list-heading = Stega med ord
flow-label-if = viss { $condition }
flow-label-always = alltid
flow-label-otherwise = elles
flow-label-skip = blir hoppa over med mindre { $condition }
flow-label-skipped = viss ikkje vist
flow-then = Gå så til «{ $step }».
flow-then-otherwise = Elles gå til «{ $step }».
flow-then-if = Gå til «{ $step }» når:
flow-then-skip = Blir hoppa over, og det går vidare til «{ $step }», med mindre:
flow-end = Alle vegar endar her, før svara blir sende.
