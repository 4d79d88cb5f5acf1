miste-jobb-title = Losing and finding a job
miste-jobb-summary = Register as a job seeker, apply for unemployment benefit and change your tax card.
miste-jobb-intro = When you lose your job, you register as a job seeker and can apply for unemployment benefit from NAV. Your income changes, so your tax card should change too. Veiviser fetches your employments from the Employer and Employee Register.
miste-jobb-duration = About 20 minutes.
miste-jobb-needs = The notice of dismissal or lay-off from your employer, if you have one. What kind of job you want. If you apply for unemployment benefit, you need your account number and the identity numbers of children you support. To change your tax card, you need an estimate of your income this year.

# The job that ended
miste-jobb-step-job = The job you lost
miste-jobb-step-job-intro = We have fetched your latest employment from the Employer and Employee Register. Check that it is right, and tell us why it ended.
miste-jobb-last_employer = Employer
miste-jobb-last_employer-help = The name of the employer where you lost your job.
miste-jobb-last_employer_orgnr = The employer's organisation number
miste-jobb-last_employer_orgnr-help = 9 digits. You find it on your payslip or in your employment contract.
miste-jobb-last_percent = Position percentage
miste-jobb-last_percent-help = How large the position was, in per cent. A full-time job is 100.
miste-jobb-last_day = Last working day
miste-jobb-last_day-help = Write the date as dd.mm.yyyy. If you are still working out your notice, write the last day you will work.
miste-jobb-end_reason = Why did the job end?
miste-jobb-end_reason-help = Your answer decides how NAV handles the application. If you resign without good reason, you usually wait 18 weeks before the benefit starts.
miste-jobb-end_reason-dismissed = My employer dismissed me
miste-jobb-end_reason-laid-off = I have been laid off temporarily
miste-jobb-end_reason-fixed-term = My temporary position ended
miste-jobb-end_reason-bankruptcy = My employer went bankrupt
miste-jobb-end_reason-resigned = I resigned
miste-jobb-end_reason-health = I stopped for health reasons
miste-jobb-layoff_percent = By how many per cent have you been laid off?
miste-jobb-layoff_percent-help = It says in the lay-off notice. You must be laid off by at least 40 per cent to get unemployment benefit.
miste-jobb-layoff_percent-show-if = Only if you have been laid off.
miste-jobb-resignation_reason = Why did you resign?
miste-jobb-resignation_reason-help = Say briefly what happened, for example that you moved with your family or that the working conditions were unsafe. NAV decides whether the reason is good enough.
miste-jobb-resignation_reason-show-if = Only if you resigned.

# The employment history
miste-jobb-step-history = Your employments
miste-jobb-step-history-intro = We have fetched your employments from the Employer and Employee Register, newest first. NAV uses them to see whether you have a right to unemployment benefit.
miste-jobb-jobs = Employments
miste-jobb-jobs-help = Add any jobs that are missing, for example work abroad or as a freelancer. Remove nothing that is right.
miste-jobb-jobs-item = Employment { $number }
miste-jobb-job_employer = Employer
miste-jobb-job_orgnr = Organisation number
miste-jobb-job_orgnr-help = 9 digits. Leave it empty for an employer abroad.
miste-jobb-job_start = Start date
miste-jobb-job_end = End date
miste-jobb-job_end-help = Leave it empty if you still work there.
miste-jobb-job_percent = Position percentage
miste-jobb-worked_abroad = Have you worked in another country in the last three years?
miste-jobb-worked_abroad-help = Work in the EU, the EEA or Switzerland can count when NAV decides on unemployment benefit. NAV may ask that country for the form PD U1.

# The job-seeker registration
miste-jobb-step-job-seeker = Registering as a job seeker
miste-jobb-step-job-seeker-intro = As a registered job seeker you get help from NAV to find a new job. You must be registered to get unemployment benefit, and you send an employment status form every 14 days.
miste-jobb-wished_hours = How much do you want to work?
miste-jobb-wished_hours-help = To get unemployment benefit you usually have to accept both full-time and part-time work.
miste-jobb-wished_hours-full-time = Full time
miste-jobb-wished_hours-part-time = Part time
miste-jobb-wished_hours-both = Both full time and part time
miste-jobb-job_wishes = What kind of job do you want?
miste-jobb-job_wishes-help = Write occupations or tasks, for example "shop assistant" or "nurse". NAV uses your answer to find vacancies for you.
miste-jobb-work_area = Where do you want to work?
miste-jobb-work_area-help = A municipality, a county or "all of Norway". To get unemployment benefit you usually have to accept work anywhere in Norway.
miste-jobb-education = Highest completed education
miste-jobb-education-primary = Primary and lower secondary school
miste-jobb-education-upper-secondary = Upper secondary school
miste-jobb-education-vocational = Trade or journeyman's certificate
miste-jobb-education-university-short = Higher education, up to 4 years
miste-jobb-education-university-long = Higher education, more than 4 years
miste-jobb-available_now = Can you start a new job straight away?
miste-jobb-available_now-help = Answer no if something stops you, for example that you are working out your notice or have care duties you cannot arrange.
miste-jobb-health_limits = Do you have health problems that keep you from working?
miste-jobb-health_limits-help = If you answer yes, NAV contacts you to find out what follow-up you need.

# Unemployment benefit (NAV)
miste-jobb-step-benefit = Unemployment benefit
miste-jobb-step-benefit-intro = Unemployment benefit (dagpenger) covers part of the income you have lost. You may have a right to it if you earned at least 1.5 times the basic amount in the last 12 months, or 3 times the basic amount in the last 36 months, and your working hours have been cut by at least half.
miste-jobb-apply_benefit = Do you want to apply for unemployment benefit?
miste-jobb-apply_benefit-help = NAV decides whether you have a right to it. If you answer no, you are registered as a job seeker without applying.
miste-jobb-step-benefit-details = Applying for unemployment benefit
miste-jobb-step-benefit-details-intro = NAV fetches your income from the registers. Answer what the registers do not know.
miste-jobb-benefit_from = From which date do you apply for unemployment benefit?
miste-jobb-benefit_from-help = Write the date as dd.mm.yyyy. You get no benefit for days before you applied, so apply from today if you are already out of work.
miste-jobb-weekly_hours_before = How many hours a week did you work before?
miste-jobb-weekly_hours_before-help = The average over the last six months, for all your jobs together. A full-time job is usually 37.5 hours; write whole hours.
miste-jobb-severance_pay = Do you get a severance package, post-employment pay or pay during your notice period from your employer?
miste-jobb-severance_pay-help = Pay during the notice period and post-employment pay can delay the benefit. A severance package can change how much you get.
miste-jobb-has_dependants = Do you support children under 18?
miste-jobb-has_dependants-help = You can get a child supplement for each child you support.
miste-jobb-dependants = Children you support
miste-jobb-dependants-show-if = Only if you support children under 18.
miste-jobb-dependants-item = Child { $number }
miste-jobb-dependant_name = The child's name
miste-jobb-dependant_pid = The child's national identity number
miste-jobb-dependant_lives_with_you = Does the child live with you?
miste-jobb-bank_account = Your account number
miste-jobb-bank_account-help = 11 digits, for example 1234.56.78903. NAV pays the benefit into it.

# The tax card (Skatteetaten)
miste-jobb-step-tax-card = Your tax card
miste-jobb-step-tax-card-intro = Your tax card is based on the income you had while you worked. When your income falls, you may pay too much tax for the rest of the year. With a new estimate you get a tax card that fits.
miste-jobb-change_tax_card = Do you want to change your tax card?
miste-jobb-change_tax_card-help = You pay the right tax in the end anyway, but with a changed tax card you do not have to wait for the money until the tax settlement.
miste-jobb-expected_income = How much do you expect to earn this year?
miste-jobb-expected_income-help = Pay you have had this year and expect to have, before tax, in whole kroner. Do not include unemployment benefit here.
miste-jobb-expected_income-show-if = Only if you want to change your tax card.
miste-jobb-expected_benefit = How much unemployment benefit do you expect to get this year?
miste-jobb-expected_benefit-help = A rough amount before tax. The benefit is about 62 per cent of the income you had. Leave it empty if you do not know.
miste-jobb-expected_benefit-show-if = Only if you want to change your tax card and apply for unemployment benefit.

# The services, as the timeline names them ("NAV — registering as a job seeker")
miste-jobb-service-job-seeker = registering as a job seeker
miste-jobb-service-unemployment-benefit = unemployment benefit
miste-jobb-service-tax-card = tax card change
