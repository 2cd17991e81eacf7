using CaseTracker.Domain.Cases;
using static CaseTracker.Domain.Cases.AvoidableHarmSource;

namespace CaseTracker.Api.Samples;

/// <summary>
/// Twelve synthetic cases covering the life of a case: on time and late, overdue, harmed and
/// apologised to, reviewed, learned from, answered, closed, reopened and withdrawn. Every person
/// is made up and says so; phone numbers are in Ofcom's drama range, e-mail at example.org.
/// Staff who act are the local users alice and bob (handlers) and farah (facilitator).
/// </summary>
internal static class SampleCaseBook
{
    private const string Alice = "alice", Bob = "bob", Farah = "farah";

    private const string Cmht = "Community Mental Health Team (North)";
    private const string Crisis = "Crisis Resolution and Home Treatment";
    private const string Assessment = "Adult Social Care Assessment Team";
    private const string Finance = "Adult Social Care Financial Assessment";
    private const string ElmHouse = "Supported Living - Elm House";
    private const string Riverside = "Day Opportunities - Riverside Centre";
    private const string Amhp = "Approved Mental Health Professional Service";
    private const string Eip = "Early Intervention in Psychosis";
    private const string Reablement = "Reablement and Home Care";
    private const string WillowWard = "Inpatient - Willow Ward";

    private static Complainant Person(string name, ComplainantRole role, string email, string phone, string? address = null) =>
        new($"{name} (sample)", role, new ContactDetails(email, phone, address));

    public static IEnumerable<SampleCaseScript> Write(SampleDays days)
    {
        // Closed and upheld: the whole spine, with an action completed before closing.
        yield return days.Case(workingDaysAgo: 42, "09:40", Alice)
            .Complaint(Channel.Email, Person("Sam Taylor", ComplainantRole.ServiceUser, "sam.taylor@example.org", "01632 960101"), Cmht,
                "My care coordinator was meant to visit weekly after my medication changed, but three visits were missed in a month and nobody told me.",
                ["Care coordination", "Communication"],
                desiredOutcome: "An apology, and to be told when a visit cannot happen.",
                accessNeeds: ["Prefers contact by email"], eventDate: days.WorkingDaysAgo(60))
            .On(1, "10:05", Alice).AssignHandler(Alice)
            .On(2, "11:30", Alice).Acknowledge(respondByWorkingDay: 25, "Phoned Sam: agreed a written response within 25 working days and a weekly email update.")
            .On(4, "14:15", Alice).Apologise(ApologyMethod.Phone, "Sam Taylor (sample)",
                "I am sorry that your visits were missed and that nobody let you know. That should not have happened.")
            .On(5, "09:30", Alice).StartReview("visits", ReviewKind.LocalReview, Alice, "Visit diary, rota and duty call log for the four weeks after the medication change.")
            .On(9, "15:00", Alice).Finding("visits", "Two visits were missed because the care coordinator was moved to cover sickness; the rota changed but nobody told the people affected.")
            .On(9, "15:20", Alice).Finding("visits", "The duty checklist for cancelled visits has no step for telling the person or rebooking.")
            .On(12, "10:00", Alice).CompleteReview("visits", "Visits were missed because of cover arrangements, and the missing step was telling the person. The complaint should be upheld.")
            .On(12, "10:30", Alice).Learn(LearningLevel.Team, "When a visit is cancelled the person must be told the same day and given a new date.",
                ["Continuity of care", "Communication"], [DisruptionOrLackOfSupport, SystemsAndBureaucracy])
            .On(12, "10:45", Alice).CommitAction("checklist", "Add 'tell the person and rebook' to the duty checklist for cancelled visits",
                "Team manager, CMHT North (sample)", dueByWorkingDay: 25)
            .On(16, "16:00", Alice).Respond(ComplaintOutcome.Upheld,
                "We upheld your complaint: three visits were missed and you were not told. We have explained why and what we are changing.",
                "Head of Mental Health Social Work (sample)")
            .On(20, "12:10", Alice).Note("Sam emailed to thank the team for the apology and the explanation.")
            .On(22, "11:00", Alice).CompleteAction("checklist",
                "Checklist updated and briefed at the team meeting; an audit of the next 20 cancellations found every person was told the same day.")
            .On(23, "09:15", Alice).Close("Final response sent and the committed action is complete.");

        // Reopened: a not-upheld answer relied on a letter the complainant never got.
        yield return days.Case(workingDaysAgo: 38, "10:00", Alice)
            .Complaint(Channel.Email, Person("Drew Allen", ComplainantRole.ServiceUser, "drew.allen@example.org", "01632 960111"), Finance,
                "I was charged for my home care for months before anyone explained the charges, and now I owe a large backdated sum.",
                ["Charging", "Communication"], desiredOutcome: "The backdated charge written off.")
            .On(0, "10:20", Alice).AssignHandler(Alice)
            .On(2, "09:50", Alice).Acknowledge(respondByWorkingDay: 20, "Agreed by email; Drew asked for all letters to go to his new address.")
            .On(12, "15:30", Alice).Respond(ComplaintOutcome.NotUpheld,
                "We did not uphold your complaint: our records show the charging letter was sent before your care started.",
                "Head of Financial Assessment (sample)")
            .On(13, "09:00", Alice).Close()
            .On(19, "11:15", Alice).Reopen("Drew sent evidence that the charging letter went to his previous address; we are looking at the complaint again.")
            .On(19, "11:30", Alice).ExtendResponseTo(45, "We are reconsidering the complaint with new evidence about where the charging letter was sent.")
            .On(21, "14:00", Alice).Apologise(ApologyMethod.Phone, "Drew Allen (sample)",
                "I am sorry our first response relied on a letter you never received.")
            .On(22, "10:00", Alice).StartReview("charging", ReviewKind.LocalReview, Alice, "How the address was recorded and which letters went where.");

        // Answered and partly upheld, with one action still open.
        yield return days.Case(workingDaysAgo: 35, "13:20", Bob)
            .Complaint(Channel.Phone, Person("Jordan Patel", ComplainantRole.FamilyMember, "jordan.patel@example.org", "01632 960102"), Crisis,
                "My brother was discharged from home treatment without anyone telling me, although I am his main carer and he asked for me to be involved.",
                ["Discharge", "Carer involvement"],
                desiredOutcome: "To be involved in his care plan and told before any discharge.", onBehalfOf: "Ravi Patel (sample), their brother")
            .On(0, "13:40", Bob).AssignHandler(Bob)
            .On(1, "10:10", Bob).Acknowledge(howHandlingWasDiscussed: "Called Jordan; explained the process and asked for Ravi's consent to share information.")
            .On(3, "11:00", Bob).AgreeResponseBy(20)
            .On(4, "09:00", Bob).StartReview("mdt", ReviewKind.MultidisciplinaryReview, "Dr Priya Shah (sample), consultant psychiatrist",
                "The discharge decision and how the carer's involvement was recorded.")
            .On(11, "14:30", Bob).Finding("mdt", "Ravi's consent to involve his brother was recorded at assessment but not carried into the discharge plan.")
            .On(11, "14:45", Bob).Finding("mdt", "The decision to discharge was clinically appropriate; the failure was in involving the carer.")
            .On(12, "09:30", Bob).ExtendResponseTo(28, "The review needed a second meeting with the consultant; Jordan agreed by phone.")
            .On(14, "10:00", Bob).CompleteReview("mdt", "Discharge was clinically sound, but the carer was not involved despite consent.")
            .On(18, "11:00", Bob).Learn(LearningLevel.Service, "Carer consent recorded at assessment must travel with the person into every plan, including discharge.",
                ["Carer involvement", "Discharge planning", "Information sharing"], [FragmentedServices, SystemsAndBureaucracy])
            .On(18, "11:20", Bob).CommitAction("consent-flag", "Show recorded carer consent on the discharge checklist in the electronic record",
                "Digital lead, Crisis team (sample)", dueByWorkingDay: 50)
            .On(20, "10:30", Bob).Apologise(ApologyMethod.Letter, "Jordan Patel (sample)",
                "We are sorry you were not told about your brother's discharge. You should have been involved.")
            .On(22, "16:00", Bob).Respond(ComplaintOutcome.PartlyUpheld,
                "We partly upheld your complaint: the decision to discharge was clinically sound, but you should have been involved and told.",
                "Service Director, Crisis Resolution (sample)");

        // Acknowledged late (post went to the wrong team); not upheld and closed.
        yield return days.Case(workingDaysAgo: 30, "09:15", Bob)
            .Complaint(Channel.Letter,
                Person("Chris Morgan", ComplainantRole.Representative, "chris.morgan@example.org", "01632 960103", "12 Example Road, Sampleton"), Assessment,
                "Mr Okafor's direct payment was cut at his annual review without a proper assessment of his needs.",
                ["Direct payments", "Assessment"], desiredOutcome: "Restore the previous hours of support.", onBehalfOf: "Lee Okafor (sample)")
            .On(6, "10:30", Bob).Acknowledge(respondByWorkingDay: 20, "Letter sent, apologising that the complaint reached us late.")
            .On(6, "10:35", Bob).AssignHandler(Bob)
            .On(7, "11:00", Bob).Apologise(ApologyMethod.Letter, "Chris Morgan (sample)",
                "We are sorry it took six working days to acknowledge your letter; it was sent to the wrong team.")
            .On(8, "09:30", Bob).Learn(LearningLevel.Organisation, "Complaint letters addressed to the old office are being misrouted.",
                ["Complaints handling"], [SystemsAndBureaucracy])
            .On(8, "09:45", Bob).StartReview("assessment", ReviewKind.LocalReview, Bob, "The review assessment and the resource panel decision.")
            .On(13, "14:00", Bob).Finding("assessment", "The needs assessment was complete and Mr Okafor took part; his hours fell because a day service now meets two of his outcomes.")
            .On(14, "10:15", Bob).CompleteReview("assessment", "The reduction followed a full assessment of needs and was explained in writing.")
            .On(17, "15:00", Bob).Respond(ComplaintOutcome.NotUpheld,
                "We did not uphold the complaint: the change followed a full assessment. We will re-assess if Mr Okafor's needs change.",
                "Head of Adult Social Care (sample)")
            .On(18, "12:00", Bob).Note("Chris phoned and is considering the Ombudsman; we gave the Ombudsman's details again.")
            .On(24, "09:00", Bob).Close("No further contact after the final response.");

        // A harm incident: moderate physical and prolonged psychological harm.
        yield return days.Case(workingDaysAgo: 25, "09:10", Bob)
            .Incident("07:45", "Shift leader, Elm House (sample)", ElmHouse,
                "A resident in distress was held by two staff in a way not in their support plan. They fractured a wrist and have since been afraid of staff and sleeping badly.",
                PhysicalHarm.Moderate, PsychologicalHarm.Prolonged)
            .On(0, "09:30", Bob).AssignHandler(Bob)
            .On(1, "15:00", Farah).Apologise(ApologyMethod.InPerson, "Jamie Brooks (sample) and their mother",
                "We are sorry. You were hurt while in our care; we will find out how it happened and tell you what we learn.")
            .On(1, "15:30", Farah).Note("Met Jamie and their mother with an advocate. Offered a restorative meeting with the staff involved when Jamie feels ready.")
            .On(2, "10:00", Bob).StartReview("psii", ReviewKind.PatientSafetyIncidentInvestigation, "Patient safety lead (sample)",
                "The hold, the support plan, staff training and what happened afterwards.")
            .On(12, "11:00", Bob).Finding("psii", "Neither staff member's de-escalation training was current, and the plan's calming strategies were not in the shift handover.")
            .On(12, "11:10", Bob).Finding("psii", "Nobody debriefed with Jamie or the staff after the hold.")
            .On(18, "16:00", Bob).CompleteReview("psii", "A hold not in the plan was used because training had lapsed and the plan was not at hand. The harm was avoidable.")
            .On(19, "10:00", Bob).Learn(LearningLevel.Organisation, "Restrictive practice is the last resort: plans at hand, training current, and a debrief every time.",
                ["Restrictive practice", "Trauma-informed care", "Training"], [NeglectfulDefensiveOrControllingPractice, OppressiveOrDefensiveCulture])
            .On(19, "10:20", Bob).CommitAction("training", "All Elm House staff complete de-escalation refresher training",
                "Registered manager, Elm House (sample)", dueByWorkingDay: 23)
            .On(19, "10:30", Bob).CommitAction("debrief", "Debrief the person and staff within 72 hours of any restrictive intervention",
                "Positive behaviour support lead (sample)", dueByWorkingDay: 40)
            .On(20, "14:00", Farah).Apologise(ApologyMethod.Meeting, "Jamie Brooks (sample) and their mother",
                "We shared what the investigation found and apologised again for harm that could have been avoided.")
            .On(23, "12:00", Bob).CompleteAction("training", "Training records show all 14 Elm House staff completed the refresher; the plan summary is now in the handover folder.")
            .On(24, "15:45", Farah).Note("Jamie agreed to a restorative meeting with the shift leader, with their advocate present.");

        // Withdrawn after the care plan was put right.
        yield return days.Case(workingDaysAgo: 20, "14:10", Alice)
            .Complaint(Channel.Phone, Person("Alex Kim", ComplainantRole.Carer, "alex.kim@example.org", "01632 960104"), Riverside,
                "Mia's days at the Riverside Centre were cut from three to one with a week's notice.",
                ["Day services", "Notice of change"], desiredOutcome: "Mia's days restored.", onBehalfOf: "Mia Kim (sample)")
            .On(0, "14:30", Alice).AssignHandler(Alice)
            .On(1, "09:20", Alice).Acknowledge(respondByWorkingDay: 20, "Agreed by phone; Alex asked for calls after 6pm.")
            .On(4, "16:40", Alice).Note("Care plan review arranged with Mia, Alex and the centre manager.")
            .On(6, "11:00", Alice).Withdraw("Alex withdrew the complaint after the care plan review restored two days a week.")
            .On(7, "10:00", Alice).Note("Wrote to confirm the withdrawal and that the complaint can be raised again within 12 months.");

        // In progress: review open, apology given, access needs recorded.
        yield return days.Case(workingDaysAgo: 15, "10:20", Alice)
            .Complaint(Channel.Email, Person("Riley Evans", ComplainantRole.ServiceUser, "riley.evans@example.org", "01632 960105"), Amhp,
                "The report of my Mental Health Act assessment describes me in stigmatising language and includes things I did not say.",
                ["Dignity and respect", "Records"], desiredOutcome: "The report corrected and an apology.",
                accessNeeds: ["Easy Read letters", "Contact by email only"])
            .On(1, "09:05", Alice).AssignHandler(Alice)
            .On(2, "13:30", Alice).Acknowledge(respondByWorkingDay: 25, "Agreed by email, with an Easy Read summary of how we will handle the complaint.")
            .On(3, "10:00", Alice).StartReview("report", ReviewKind.LocalReview, "AMHP lead (sample)", "The assessment report, the AMHP's notes and our language guidance.")
            .On(7, "15:10", Alice).Finding("report", "The report used labels such as 'manipulative' without evidence, against the service's language guidance.")
            .On(8, "11:45", Alice).Apologise(ApologyMethod.Email, "Riley Evans (sample)",
                "We are sorry the report described you in ways that were disrespectful. We are reviewing it with you.")
            .On(10, "14:20", Farah).Note("Offered Riley a facilitated conversation with the AMHP; Riley would like to meet.");

        // Overdue for a response: made after the 12-month limit and accepted anyway.
        yield return days.Case(workingDaysAgo: 12, "09:30", Bob)
            .Complaint(Channel.Letter,
                Person("Pat Quinn", ComplainantRole.FamilyMember, "pat.quinn@example.org", "01632 960106", "3 Sample Close, Exampleton"), WillowWard,
                "During Robin's admission to Willow Ward, staff stopped family visits for weeks without explaining why.",
                ["Visiting", "Family involvement"], desiredOutcome: "An explanation, and a visiting policy families can see.",
                onBehalfOf: "Robin Quinn (sample)", eventDate: days.Today.AddMonths(-18))
            .On(0, "09:45", Bob).AssignHandler(Bob)
            .On(2, "10:00", Bob).Acknowledge(respondByWorkingDay: 10, "Letter sent explaining that although the complaint is over 12 months old we will look into it.")
            .On(3, "16:00", Bob).Note("Accepted after the time limit: Robin was too unwell to complain sooner and the ward records are available.");

        // Handed over from bob to alice; an advocate complains for a young person.
        yield return days.Case(workingDaysAgo: 10, "11:00", Bob)
            .Complaint(Channel.Advocate, Person("Morgan Hughes", ComplainantRole.Advocate, "morgan.hughes@example.org", "01632 960107"), Eip,
                "Taylor was not offered an interpreter at care reviews, so did not understand changes to their medication.",
                ["Interpreting", "Medication"], desiredOutcome: "An interpreter at every review and the medication changes explained again.",
                accessNeeds: ["Polish interpreter for meetings", "Advocate present"], onBehalfOf: "Taylor Reid (sample)")
            .On(0, "11:15", Bob).AssignHandler(Bob)
            .On(3, "10:30", Bob).Acknowledge(respondByWorkingDay: 20, "Met the advocate; agreed the response will also be sent in Polish.")
            .On(6, "09:00", Alice).AssignHandler(Alice)
            .On(7, "13:00", Alice).Note("Interpreter booked for Taylor's next care review; the care coordinator will go through the medication changes.");

        // Not acknowledged, and now overdue.
        yield return days.Case(workingDaysAgo: 8, "09:05", Alice)
            .Complaint(Channel.WebForm, Person("Dana Fox", ComplainantRole.FamilyMember, "dana.fox@example.org", "01632 960108"), Reablement,
                "Nobody from the home care agency turned up on two evenings, so my father missed his evening medication.",
                ["Missed visits", "Medication"], desiredOutcome: "Reliable evening visits.", onBehalfOf: "Frank Fox (sample)")
            .On(5, "12:30", Alice).Note("Asked the home care contracts team for the visit logs for both evenings.");

        // A low-harm incident, reviewed in a swarm huddle the same day and closed.
        yield return days.Case(workingDaysAgo: 5, "10:40", Alice)
            .Incident("08:15", "Reablement support worker (sample)", Reablement,
                "A morning visit was 90 minutes late; a person with diabetes missed breakfast at their insulin time, felt unwell and was frightened.",
                PhysicalHarm.Low, PsychologicalHarm.Moderate)
            .On(0, "14:00", Alice).StartReview("swarm", ReviewKind.SwarmHuddle, "Reablement team leader (sample)", "Why the visit was late and how the person was kept safe.")
            .On(0, "14:45", Alice).Finding("swarm", "An urgent hospital discharge was added to the run without allowing travel time.")
            .On(0, "15:00", Alice).CompleteReview("swarm", "Scheduling left no travel time; the GP was contacted and the person recovered the same day.")
            .On(1, "10:00", Alice).Apologise(ApologyMethod.Phone, "Lee Grant (sample)", "We are sorry we were late and that you were left unwell and frightened.")
            .On(1, "10:30", Alice).Learn(LearningLevel.Team, "Runs must keep travel time when urgent visits are added, and time-critical medication visits come first.",
                ["Scheduling", "Time-critical medication"], [SystemsAndBureaucracy, DisruptionOrLackOfSupport])
            .On(2, "09:00", Alice).Close("Learning shared with the reablement team; no further action needed.");

        // Just arrived: not yet due for acknowledgement.
        yield return days.Case(workingDaysAgo: 1, "16:30", Alice)
            .Complaint(Channel.WebForm, Person("Casey Wong", ComplainantRole.Carer, "casey.wong@example.org", "01632 960109"), Assessment,
                "The carer's assessment I asked for four months ago has still not happened.",
                ["Carers", "Waiting times"], desiredOutcome: "A date for my carer's assessment.");
    }
}
