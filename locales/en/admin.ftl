# Agency admins authoring journeys: conditions in plain words ("Why is this shown?") and a
# journey's flow as a diagram and as a list.

## A condition in words. $left, $right, $field, $option, $group are already quoted values.
explain-quoted = “{ $text }”
explain-compare = { $left } { $op } { $right }
explain-op-eq = is
explain-op-ne = is not
explain-op-lt = is less than
explain-op-le = is at most
explain-op-gt = is more than
explain-op-ge = is at least
explain-op-before = is before
explain-op-on-or-before = is on or before
explain-op-after = is after
explain-op-on-or-after = is on or after
explain-today = today
explain-shift-before = { $period } before { $date }
explain-shift-after = { $period } after { $date }
explain-years = { $count ->
    [one] 1 year
   *[other] { $count } years
}
explain-months = { $count ->
    [one] 1 month
   *[other] { $count } months
}
explain-days = { $count ->
    [one] 1 day
   *[other] { $count } days
}
explain-count = the number of items in { $group }
explain-ticked = { $option } is ticked in { $field }
explain-answered = { $field } is answered
explain-always = Always
explain-never = Never
explain-and = { $left } and { $right }
explain-or = { $left } or { $right }
explain-not-inline = it is not so that { $condition }
explain-any-item-inline = for at least one in { $group }: { $condition }
explain-all = All of these must be true:
explain-any = At least one of these must be true:
explain-not = This must not be true:
explain-any-item = For at least one in { $group }:
explain-answers-heading = It is true with these answers:
explain-answer-is = { $field } is answered { $answers }

## Why a step or a field is shown. $step is a step's title.
why-always = Always shown.
why-shown-if = Shown only when:
why-step-shown-if = Its step is shown only when:
why-passed-by = Skipped when the step “{ $step }” goes past it, that is when:
why-passed-by-always = Never shown after the step “{ $step }”, which always goes past it.
why-only-through = Reached only from the step “{ $step }”, when:
why-only-through-always = Reached only from the step “{ $step }”.

## A journey's flow. $journey is the journey's title, $step a step's title.
flow-title = The steps of { $journey }
flow-description = The same steps are described in words in the list below.
flow-list-heading = The steps in words
flow-label-if = if { $condition }
flow-label-always = always
flow-label-otherwise = otherwise
flow-label-skip = skipped unless { $condition }
flow-label-skipped = if not shown
flow-then = Then go to “{ $step }”.
flow-then-otherwise = Otherwise go to “{ $step }”.
flow-then-if = Go to “{ $step }” when:
flow-then-skip = Skipped, going on to “{ $step }”, unless:
flow-end = Every path ends here, before the answers are sent.
