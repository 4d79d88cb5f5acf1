fa-barn-title = Having a child
fa-barn-summary = Name the child and apply for parental benefit, child benefit and a kindergarten place – all at once.
fa-barn-intro = When you have a child, the child needs a name, you may be entitled to parental benefit and child benefit, and many apply for a kindergarten place. Veiviser fetches what the National Population Register holds about you and the child, and both parents can take part.
fa-barn-duration = About 20 minutes. You can save and continue later.
