miste-jobb-title = Losing and finding a job
miste-jobb-summary = Register as a job seeker, apply for unemployment benefit and change your tax card.
miste-jobb-intro = When you lose your job, you register as a job seeker and apply for unemployment benefit from NAV. Your income changes, so your tax card should change too. Veiviser fetches your employments from the Employer and Employee Register.
miste-jobb-duration = About 20 minutes.
