dodsfall-og-arv-title = Death and inheritance
dodsfall-og-arv-summary = Choose how the estate is settled, apply to the district court for a probate certificate and apply for survivor's pension.
dodsfall-og-arv-intro = When someone dies, the heirs choose a private or public settlement of the estate, or whether the surviving spouse keeps the estate undivided. Every heir must consent. Veiviser fetches the deceased, the spouse and the children from the National Population Register.
dodsfall-og-arv-duration = About 30 minutes. Every heir must log in and consent.
