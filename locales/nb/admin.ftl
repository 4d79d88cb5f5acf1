# Administratorer som lager livshendelser: vilkår i klartekst («Hvorfor vises dette?») og flyten
# i en livshendelse som diagram og som liste.

## Et vilkår i ord. $left, $right, $field, $option og $group er verdier som allerede står i anførselstegn.
explain-quoted = «{ $text }»
explain-compare = { $left } { $op } { $right }
explain-op-eq = er
explain-op-ne = er ikke
explain-op-lt = er mindre enn
explain-op-le = er høyst
explain-op-gt = er mer enn
explain-op-ge = er minst
explain-op-before = er før
explain-op-on-or-before = er samme dag som eller før
explain-op-after = er etter
explain-op-on-or-after = er samme dag som eller etter
explain-today = i dag
explain-shift-before = { $period } før { $date }
explain-shift-after = { $period } etter { $date }
explain-years = { $count } år
explain-months = { $count ->
    [one] 1 måned
   *[other] { $count } måneder
}
explain-days = { $count ->
    [one] 1 dag
   *[other] { $count } dager
}
explain-count = antallet i { $group }
explain-ticked = { $option } er krysset av i { $field }
explain-answered = { $field } er besvart
explain-always = Alltid
explain-never = Aldri
explain-and = { $left } og { $right }
explain-or = { $left } eller { $right }
explain-not-inline = det er ikke slik at { $condition }
explain-any-item-inline = for minst én i { $group }: { $condition }
explain-all = Alt dette må stemme:
explain-any = Minst ett av disse må stemme:
explain-not = Dette må ikke stemme:
explain-any-item = For minst én i { $group }:
explain-answers-heading = Det stemmer med disse svarene:
explain-answer-is = { $field } er besvart med { $answers }

## Hvorfor et steg eller et felt vises. $step er tittelen på et steg.
why-always = Vises alltid.
why-shown-if = Vises bare når:
why-step-shown-if = Steget vises bare når:
why-passed-by = Hoppes over når steget «{ $step }» går forbi det, det vil si når:
why-passed-by-always = Vises aldri etter steget «{ $step }», som alltid går forbi det.
why-only-through = Nås bare fra steget «{ $step }», når:
why-only-through-always = Nås bare fra steget «{ $step }».

## Flyten i en livshendelse. $journey er tittelen på livshendelsen, $step tittelen på et steg.
flow-title = Stegene i { $journey }
flow-description = De samme stegene er beskrevet med ord i listen under.
flow-list-heading = Stegene med ord
flow-label-if = hvis { $condition }
flow-label-always = alltid
flow-label-otherwise = ellers
flow-label-skip = hoppes over med mindre { $condition }
flow-label-skipped = hvis ikke vist
flow-then = Gå så til «{ $step }».
flow-then-otherwise = Ellers gå til «{ $step }».
flow-then-if = Gå til «{ $step }» når:
flow-then-skip = Hoppes over, og det går videre til «{ $step }», med mindre:
flow-end = Alle veier ender her, før svarene sendes.
