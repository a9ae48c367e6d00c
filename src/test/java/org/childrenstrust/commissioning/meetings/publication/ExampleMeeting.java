package org.childrenstrust.commissioning.meetings.publication;

import org.springframework.test.util.ReflectionTestUtils;
import org.childrenstrust.commissioning.meetings.domain.MeetingStatus;
import java.time.LocalDate;
import java.time.LocalTime;
import org.childrenstrust.commissioning.meetings.domain.AgendaItem;
import org.childrenstrust.commissioning.meetings.domain.AttachmentKind;
import org.childrenstrust.commissioning.meetings.domain.Attendance;
import org.childrenstrust.commissioning.meetings.domain.AttendanceStatus;
import org.childrenstrust.commissioning.meetings.domain.BodyMember;
import org.childrenstrust.commissioning.meetings.domain.GovernanceBody;
import org.childrenstrust.commissioning.meetings.domain.InterestDeclaration;
import org.childrenstrust.commissioning.meetings.domain.InterestKind;
import org.childrenstrust.commissioning.meetings.domain.ItemKind;
import org.childrenstrust.commissioning.meetings.domain.ItemMinute;
import org.childrenstrust.commissioning.meetings.domain.ItemOutcome;
import org.childrenstrust.commissioning.meetings.domain.Meeting;
import org.childrenstrust.commissioning.meetings.domain.MeetingAction;
import org.childrenstrust.commissioning.meetings.domain.MemberRole;
import org.childrenstrust.commissioning.meetings.domain.MinutesAmendment;
import org.childrenstrust.commissioning.meetings.domain.ReportCover;

/**
 * The ECG meeting of 11 March 2010 (seed 002) with the report cover of seed 000, a Part A agenda, one
 * exempt item and any other business: entities only, not persisted.
 */
final class ExampleMeeting {

  static final String WORKFORCE = "Workforce Development Strategy";
  static final String BULLYING = "Progress on CYPP2: Priority 4 Bullying";
  static final String TASK_AND_FINISH = "Children's Trust Task and Finish Group progress / workshop";
  static final String EXEMPT = "Targeted family support re-tender: evaluation of bids";
  static final String EXEMPT_MINUTE = "Bidder B scored highest on quality and price";
  static final String EXEMPT_ACTION = "Notify the preferred bidder in confidence";
  static final String EXEMPT_AMENDMENT = "Contract value is £337,006, not £337,600";
  static final String AOB = "Structure chart of the Trust";
  static final String WORKFORCE_DECISION = "Priorities 1, 3, 4 and 5 agreed; priority 2 to be worked up for 2011/12";
  static final String BULLYING_DECISION = "To come back to the next meeting with Adrian Orr in attendance";
  static final String NEXT_MEETING = "18 May 2010, 14:00–16:30, Endeavour House, Rose Room";

  private ExampleMeeting() {}

  static GovernanceBody body(String code, String camundaGroupId) {
    GovernanceBody body = new GovernanceBody(code, "Children's Trust Executive Commissioning Group",
        "To plan and make commissioning recommendations for the Trust Board", camundaGroupId);
    new BodyMember(body, "Carol Carruthers", "Suffolk County Council", MemberRole.CHAIR, "priya.shah", null);
    new BodyMember(body, "Alan Caton", "Suffolk Constabulary", MemberRole.MEMBER, "tom.hadley", null);
    new BodyMember(body, "Bud Simpkin", "Young Suffolk", MemberRole.MEMBER, null, null);
    new BodyMember(body, "Becky Lewis", "Suffolk County Council", MemberRole.OFFICER, "clara.jones", null);
    return body;
  }

  /** The meeting with its agenda and minutes; status as scheduled (nothing published). */
  static Meeting meeting(GovernanceBody body, LocalDate date) {
    Meeting meeting = new Meeting(body, date, LocalTime.of(14, 0), LocalTime.of(16, 30),
        "Mid Suffolk District Council, Needham Market");
    new AgendaItem(meeting, ItemKind.APOLOGIES, "Apologies", "CC", 5);
    AgendaItem minutes = new AgendaItem(meeting, ItemKind.MINUTES_AND_MATTERS_ARISING, "Minutes and matters arising", "CC", 10);
    AgendaItem workforce = new AgendaItem(meeting, ItemKind.BUSINESS, WORKFORCE, "DH", 40)
        .attachment(AttachmentKind.REPORT, "Children's Workforce Development Strategy");
    workforce.setReportCover(new ReportCover("Children's Trust Executive Commissioning Group",
        "Dawn Henry, Workforce Development Manager", "Rosalind Turner, Director for Children and Young People",
        "01473 265183, dawn.henry@example.org",
        "Agree the five priorities of the strategy, and a contribution from partners in cash or in kind.")
        .implications("A contribution of £5,000 towards auditing, analysis and facilitation.",
            "The Trust must have a strategy in place under the statutory guidance from April 2010.",
            "Five multi-agency expert groups, with partners of the Children's Trust.")
        .timescales("Statutory guidance applies from April 2010.")
        .consultation(true, "Young people's panel consulted on the induction programme.")
        .sources("Consultation draft of the strategy, February 2010.")
        .mainBody("An advisory workforce group agreed five priorities.\nSafeguarding is the golden thread."));
    AgendaItem bullying = new AgendaItem(meeting, ItemKind.BUSINESS, BULLYING, "CC", 30)
        .attachment(AttachmentKind.PRESENTATION, null);
    AgendaItem taskAndFinish = new AgendaItem(meeting, ItemKind.BUSINESS, TASK_AND_FINISH, "TH", 30)
        .attachment(AttachmentKind.REPORT_TO_FOLLOW, null);
    AgendaItem exempt = new AgendaItem(meeting, ItemKind.BUSINESS, EXEMPT, "TH", 20)
        .attachment(AttachmentKind.REPORT, "Tender evaluation")
        .exempt("Information about the financial or business affairs of the bidders");
    exempt.setReportCover(new ReportCover("Children's Trust Executive Commissioning Group", "Tina Hines",
        "Rosalind Turner", "tina.hines@example.org", "Award the contract to the preferred bidder.")
        .mainBody("Three bids were received and evaluated."));
    AgendaItem aob = new AgendaItem(meeting, ItemKind.ANY_OTHER_BUSINESS, "Any other business", "CC", 5);
    aob.markAddedAfterPublication("the structure chart must go out before the Board on 24 March");

    meeting.getAttendance().add(new Attendance(meeting, "Carol Carruthers", "Suffolk County Council",
        AttendanceStatus.PRESENT, true, null));
    meeting.getAttendance().add(new Attendance(meeting, "Alan Caton", "Suffolk Constabulary",
        AttendanceStatus.PRESENT, false, null));
    meeting.getAttendance().add(new Attendance(meeting, "Fiona Denny", "Suffolk County Council",
        AttendanceStatus.SUBSTITUTE, false, "Gary Nethercott"));
    meeting.getAttendance().add(new Attendance(meeting, "Gavin Bultitude", "Suffolk County Council",
        AttendanceStatus.APOLOGIES, false, null));

    minutes.record(new ItemMinute("Funding the administration of the Children's Trust.",
        "Funding maps of all partners' spending are being drawn up.", ItemOutcome.APPROVED,
        "The minutes of 14 January 2010 were approved as a true record.", null, "TH"));
    workforce.record(new ItemMinute("The consultation draft of the strategy and its five priorities.",
        "The Trust must have a strategy in place from April 2010.", ItemOutcome.APPROVED_WITH_AMENDMENTS,
        WORKFORCE_DECISION, "Budgets for 2010/11 are already set.", "FD / DH / MM"));
    workforce.getDeclarations().add(new InterestDeclaration(workforce, "Bud Simpkin", InterestKind.SERVICE,
        "Young Suffolk delivers induction training"));
    bullying.record(new ItemMinute("Adrian Orr's update on bullying.", "Exclusion data has no bullying code.",
        ItemOutcome.DEFERRED, BULLYING_DECISION, "Recommendations and partner activity need agreeing.", "CC on behalf of AO"));
    taskAndFinish.record(new ItemMinute("Functions of the Board and the Executive Commissioning Group.", null,
        ItemOutcome.NOTED, null, null, "TH / CC"));
    exempt.record(new ItemMinute(EXEMPT_MINUTE, null, ItemOutcome.APPROVED, "Award to bidder B",
        "Best value", "TH"));
    exempt.getDeclarations().add(new InterestDeclaration(exempt, "Alan Caton", InterestKind.FINANCIAL,
        "Spouse employed by a bidder"));
    aob.record(new ItemMinute(AOB + ": to be sent out electronically for comments from all members.", null,
        ItemOutcome.NOTED, null, null, "BL / ALL"));

    meeting.getActions().add(new MeetingAction(meeting, bullying, "Place bullying on the agenda for May",
        "Becky Lewis", null, date.plusDays(30)));
    meeting.getActions().add(new MeetingAction(meeting, exempt, EXEMPT_ACTION, "Tina Hines", null, date.plusDays(7)));
    ReflectionTestUtils.setField(meeting, "nextMeetingNote", NEXT_MEETING);
    return meeting;
  }

  /**
   * Puts the example meeting in {@code status} as it would be there, for the tests of what the
   * papers show in each state (the transitions themselves are tested through the process).
   */
  static void inStatus(Meeting meeting, MeetingStatus status) {
    ReflectionTestUtils.setField(meeting, "status", status);
  }

  /** Records an amendment to minutes that were approved at {@code confirmedAt}. */
  static void approve(Meeting meeting, Meeting confirmedAt) {
    ReflectionTestUtils.setField(meeting, "minutesConfirmedAt", confirmedAt);
    meeting.publishMinutes(confirmedAt.getMeetingDate().plusDays(1));
    meeting.getAmendments().add(new MinutesAmendment(meeting, 3, "Priority 5: representation of the district and borough councils to be agreed",
        "Omitted from the approved text", "clara.jones", confirmedAt.getMeetingDate().plusDays(2)));
    meeting.getAmendments().add(new MinutesAmendment(meeting, 6, EXEMPT_AMENDMENT,
        "Arithmetic error", "clara.jones", confirmedAt.getMeetingDate().plusDays(2)));
  }
}
