package org.childrenstrust.commissioning.meetings;

import static org.childrenstrust.commissioning.meetings.domain.AttendanceStatus.APOLOGIES;
import static org.childrenstrust.commissioning.meetings.domain.AttendanceStatus.PRESENT;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.YearMonth;
import java.util.List;
import org.camunda.bpm.engine.RuntimeService;
import org.childrenstrust.commissioning.meetings.domain.AgendaItem;
import org.childrenstrust.commissioning.meetings.domain.AttachmentKind;
import org.childrenstrust.commissioning.meetings.domain.Attendance;
import org.childrenstrust.commissioning.meetings.domain.BodyMember;
import org.childrenstrust.commissioning.meetings.domain.CommissioningOutcome;
import org.childrenstrust.commissioning.meetings.domain.ForwardPlanItem;
import org.childrenstrust.commissioning.meetings.domain.ForwardPlanItemRepository;
import org.childrenstrust.commissioning.meetings.domain.ForwardPlanStatus;
import org.childrenstrust.commissioning.meetings.domain.GovernanceBody;
import org.childrenstrust.commissioning.meetings.domain.GovernanceBodyRepository;
import org.childrenstrust.commissioning.meetings.domain.ItemKind;
import org.childrenstrust.commissioning.meetings.domain.ItemMinute;
import org.childrenstrust.commissioning.meetings.domain.ItemOutcome;
import org.childrenstrust.commissioning.meetings.domain.Meeting;
import org.childrenstrust.commissioning.meetings.domain.MeetingAction;
import org.childrenstrust.commissioning.meetings.domain.MeetingPatternSlot;
import org.childrenstrust.commissioning.meetings.domain.MeetingPatternSlotRepository;
import org.childrenstrust.commissioning.meetings.domain.MeetingRepository;
import org.childrenstrust.commissioning.meetings.domain.MeetingStatus;
import org.childrenstrust.commissioning.meetings.domain.MemberRole;
import org.childrenstrust.commissioning.meetings.domain.ReportCover;
import org.childrenstrust.commissioning.platform.identity.CommissioningProperties;
import org.childrenstrust.commissioning.platform.identity.DemoUsers;
import org.childrenstrust.commissioning.platform.identity.DemoUsers.DemoUser;
import org.childrenstrust.commissioning.platform.identity.IdentityStartup;
import org.childrenstrust.commissioning.shared.calendar.BusinessClock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Demo data on the embedded default: members of the ECG and the Board (invented names), the ECG
 * of 10 March 2009 (its eight agenda items) and of 11 March 2010 (attendance, apologies, items with
 * decisions and actions, next meeting 18 May) as in the source papers, the meetings pattern of
 * both bodies, and a live cycle: last month's ECG waiting for its minutes to be approved, and the
 * next ECG with its agenda being drafted.
 */
@Component
class MeetingsDemoData {

  private static final Logger LOG = LoggerFactory.getLogger(MeetingsDemoData.class);
  private static final String COUNTY = "County Council";

  private final CommissioningProperties properties;
  private final GovernanceBodyRepository bodies;
  private final MeetingRepository meetings;
  private final MeetingPatternSlotRepository pattern;
  private final ForwardPlanItemRepository forwardPlan;
  private final MeetingService meetingService;
  private final RuntimeService runtimeService;

  public MeetingsDemoData(CommissioningProperties properties, GovernanceBodyRepository bodies,
      MeetingRepository meetings, MeetingPatternSlotRepository pattern, ForwardPlanItemRepository forwardPlan,
      MeetingService meetingService, RuntimeService runtimeService) {
    this.properties = properties;
    this.bodies = bodies;
    this.meetings = meetings;
    this.pattern = pattern;
    this.forwardPlan = forwardPlan;
    this.meetingService = meetingService;
    this.runtimeService = runtimeService;
  }

  @EventListener(ApplicationReadyEvent.class)
  @Order(IdentityStartup.ORDER + 10)
  @Transactional
  public void load() {
    if (!properties.demo().enabled()) {
      return;
    }
    GovernanceBody ecg = bodies.findByCode("ECG").orElseThrow();
    if (!ecg.getMembers().isEmpty()) {
      return;
    }
    GovernanceBody board = bodies.findByCode("BOARD").orElseThrow();
    members(ecg, board);
    meetingsPattern(ecg, board);
    firstMeeting(ecg);
    Meeting march2010 = minutesOfMarch2010(ecg);
    nextAfterMarch2010(ecg, march2010);
    forwardWorkPlan(ecg);
    liveCycle(ecg);
    LOG.info("Demo data: ECG and Board members, the ECG meetings of 10 March 2009 and 11 March 2010, "
        + "the meetings pattern, and a live ECG cycle");
  }

  private void members(GovernanceBody ecg, GovernanceBody board) {
    member(ecg, DemoUsers.ECG_CHAIR, COUNTY, MemberRole.CHAIR);
    member(ecg, DemoUsers.ECG_MEMBER, "Constabulary", MemberRole.MEMBER);
    String[][] others = {
        {"Alan Pryor", COUNTY}, {"Nadia Kaur", COUNTY}, {"Gordon Ellis", COUNTY}, {"Fiona Barker", COUNTY},
        {"Lewis Grant", "Learning and Skills Council"}, {"Meera Joshi", "Primary Care Trust"},
        {"Colin Webb", "Probation Service"}, {"Sarah Quinn", "NHS"}, {"Rob Fenwick", "District Council"},
        {"Ann Holloway", "Borough Council"}, {"Ian Doyle", "Coastal District Council"},
        {"Bea Lomax", "Young People's Voluntary Service"}, {"Victor Hale", "Rural District Council"}};
    for (String[] other : others) {
      new BodyMember(ecg, other[0], other[1], MemberRole.MEMBER, null, email(other[0]));
    }
    member(ecg, DemoUsers.CLERK, COUNTY, MemberRole.OFFICER);
    member(board, DemoUsers.BOARD_CHAIR, COUNTY, MemberRole.CHAIR);
    member(board, DemoUsers.BOARD_MEMBER, "NHS", MemberRole.MEMBER);
    member(board, DemoUsers.ECG_CHAIR, COUNTY, MemberRole.MEMBER);
    member(board, DemoUsers.CLERK, COUNTY, MemberRole.OFFICER);
    for (GovernanceBody outcomeGroup : bodies.findAll()) {
      DemoUser lead = switch (outcomeGroup.getCode()) {
        case "BE-HEALTHY" -> DemoUsers.BE_HEALTHY_LEAD;
        case "STAY-SAFE" -> DemoUsers.STAY_SAFE_LEAD;
        case "ENJOY-ACHIEVE" -> DemoUsers.ENJOY_ACHIEVE_LEAD;
        case "POSITIVE-CONTRIBUTION" -> DemoUsers.POSITIVE_CONTRIBUTION_LEAD;
        case "ECONOMIC-WELLBEING" -> DemoUsers.ECONOMIC_WELLBEING_LEAD;
        case "SSP-PMG" -> DemoUsers.PMG_MEMBER;
        default -> null;
      };
      if (lead != null) {
        member(outcomeGroup, lead, COUNTY, MemberRole.CHAIR);
        member(outcomeGroup, DemoUsers.CLERK, COUNTY, MemberRole.OFFICER);
      }
    }
  }

  private static void member(GovernanceBody body, DemoUser user, String organisation, MemberRole role) {
    new BodyMember(body, user.fullName(), organisation, role, user.id(), user.email());
  }

  private static String email(String name) {
    return name.toLowerCase().replace(' ', '.') + "@childrens-trust.example";
  }

  /** The seed's meetings pattern (June 2009 to July 2010), and the same months for the coming year. */
  private void meetingsPattern(GovernanceBody ecg, GovernanceBody board) {
    for (String month : List.of("2009-03", "2009-05", "2009-07", "2009-09", "2009-11", "2009-12", "2010-02",
        "2010-03", "2010-05", "2010-07")) {
      pattern.save(new MeetingPatternSlot(ecg, YearMonth.parse(month)));
    }
    for (String month : List.of("2009-06", "2009-10", "2010-01", "2010-04", "2010-06")) {
      pattern.save(new MeetingPatternSlot(board, YearMonth.parse(month)));
    }
    YearMonth now = YearMonth.from(BusinessClock.today());
    for (int i = 1; i <= 12; i++) {
      YearMonth month = now.plusMonths(i);
      boolean boardMonth = List.of(1, 4, 6, 10).contains(month.getMonthValue());
      boolean ecgMonth = List.of(2, 3, 5, 7, 9, 11, 12).contains(month.getMonthValue());
      if (ecgMonth) {
        pattern.save(new MeetingPatternSlot(ecg, month));
      }
      if (boardMonth) {
        pattern.save(new MeetingPatternSlot(board, month));
      }
    }
  }

  private void firstMeeting(GovernanceBody ecg) {
    Meeting meeting = meetings.save(new Meeting(ecg, LocalDate.of(2009, 3, 10), LocalTime.of(11, 30),
        LocalTime.of(13, 30), "IP-City Centre, 1 Bath Street, Ipswich IP2 8SD"));
    new AgendaItem(meeting, ItemKind.WELCOME, "Welcome & Introductions", "PS", 5);
    new AgendaItem(meeting, ItemKind.BUSINESS, "What is Joint Commissioning - what do we want to achieve?", "NK/FB", 20)
        .attachment(AttachmentKind.PRESENTATION, null);
    new AgendaItem(meeting, ItemKind.BUSINESS, "Terms of Reference", "PS", 20)
        .attachment(AttachmentKind.REPORT, "Draft terms of reference, ECG");
    AgendaItem pooling = new AgendaItem(meeting, ItemKind.BUSINESS, "Pooling resources", "GE", 20)
        .attachment(AttachmentKind.REPORT, "Role of Pooled and Aligned Budgets Group");
    pooling.setReportCover(new ReportCover("Children's Trust Executive Commissioning Group", "Gordon Ellis, Assistant Director Strategic Finance",
        "Priya Shah, Director for Children and Young People", "gordon.ellis@childrens-trust.example",
        "Agree the proposed approach of the Pooled and Aligned Budgets Group, and suggest areas where pooling or aligning budgets would be valuable.")
        .implications("Pooling and aligning budgets lets every organisation make best use of resources and improves value for money, vital as financial constraint tightens.",
            "Pooling and aligning can improve value for money and performance; the significant risks must be identified and assessed, with mitigation in place.",
            "Potentially affects all Children's Trust partners; most likely the County Council and the NHS first.")
        .timescales("Long lead-in: the earliest new arrangements could be in place is the start of the 2010/11 financial year.")
        .consultation(false, null)
        .sources("Paper to the Children's Trust Partnership Board, March 2008, establishing the Children's Trust Finance Group.")
        .mainBody("The previous Finance Group identified two areas, shared costs of packages of care and CAMHS, where pooling or aligning funds may help. "
            + "It is proposed that the new Group starts with these two areas and reports back with detailed proposals."));
    new AgendaItem(meeting, ItemKind.BUSINESS,
        "NHS Operating Plan: links to CYPP2 and issues for Performance Improvement Group", "SQ", 25)
        .attachment(AttachmentKind.REPORT_TO_FOLLOW, null);
    new AgendaItem(meeting, ItemKind.BUSINESS, "CYPP2 - emerging priorities and links to commissioning", "AP", 15)
        .attachment(AttachmentKind.PRESENTATION, null);
    AgendaItem prg = new AgendaItem(meeting, ItemKind.BUSINESS, "LAA2 Performance Reward Grant", "GE", 10)
        .attachment(AttachmentKind.REPORT, "PRG Report");
    prg.setReportCover(new ReportCover("Children's Trust Executive Commissioning Group", "Fiona Barker, Head of Commissioning & Partnerships",
        "Priya Shah, Director for Children & Young People", "fiona.barker@childrens-trust.example",
        "1. Note the proposals for 2009/10 Performance Reward Grant. 2. Recommend innovative projects that can be worked into a proposal "
            + "for submission by the Children's Trust Delivery Partnership.")
        .implications("Match funding for the PRG and the partnership implications of any proposal.",
            "The PMG will recommend projects to the SSP Board and their funding based on performance against LAA targets.",
            "Proposals must deliver Community Strategy outcomes through a range of agencies working in partnership.")
        .timescales("Proposals to the Partnerships Team by Friday 23 May 2009.")
        .mainBody("Total PRG 2009/10 £2,900,692: SSP share £1,450,346, LSP share £1,450,346. Each of the nine delivery partnerships "
            + "may propose spending £145,034.60, saying what it would do with 20% less (£116,027.68) and 20% more (£174,041.52)."));
    new AgendaItem(meeting, ItemKind.BUSINESS, "Future meetings and future agenda", null, 5)
        .attachment(AttachmentKind.REPORT, "Meetings Pattern; Children's Trust Forward Work Plan");
    meeting.retime();
    agendaPublished(meeting, LocalDate.of(2009, 3, 2));
  }

  /** A demo meeting goes through the steps a real one would: drafted, approved by the chair, published. */
  private static void agendaPublished(Meeting meeting, LocalDate on) {
    meeting.draftAgenda();
    meeting.approveAgenda(DemoUsers.ECG_CHAIR.id());
    meeting.publishAgenda(on);
  }

  /** ... held, minuted, the draft approved by the chair and circulated. */
  private static void minutesCirculated(Meeting meeting, LocalDate on, String nextMeetingNote) {
    meeting.markHeld(nextMeetingNote);
    meeting.draftMinutes();
    meeting.approveMinutes(DemoUsers.ECG_CHAIR.id());
    meeting.circulateMinutes(on);
  }

  private Meeting minutesOfMarch2010(GovernanceBody ecg) {
    Meeting meeting = meetings.save(new Meeting(ecg, LocalDate.of(2010, 3, 11), LocalTime.of(14, 0),
        LocalTime.of(16, 30), "Mid Suffolk District Council"));
    String[][] present = {{"Priya Shah", COUNTY}, {"Tom Hadley", "Constabulary"}, {"Alan Pryor", "Waveney District Council"},
        {"Bea Lomax", "Young People's Voluntary Service"}, {"Ann Holloway", "Borough Council"},
        {"Chris Finch", "Mid Suffolk District Council"}, {"Sarah Quinn", "NHS"}, {"Jon Oakes", "Ipswich Borough Council"},
        {"Nick Wade", COUNTY}, {"Victor Hale", "Babergh District Council"}, {"Fiona Barker", COUNTY},
        {"Ian Doyle", "Coastal District Council"}, {"Fay Dunn", COUNTY}, {"Mike Moss", COUNTY}, {"Dee Hart", COUNTY}};
    for (String[] person : present) {
      meeting.getAttendance().add(new Attendance(meeting, person[0], person[1], PRESENT, person[0].equals("Priya Shah"), null));
    }
    for (String name : List.of("Gordon Ellis", "Gary North", "Kelly Park", "Michael Dale", "Maya Reed", "Nadia Kaur",
        "Sally Rowe", "Sam Dhillon", "Meera Joshi", "Simon Pike")) {
      meeting.getAttendance().add(new Attendance(meeting, name, null, APOLOGIES, false, null));
    }
    AgendaItem apologies = new AgendaItem(meeting, ItemKind.APOLOGIES, "Apologies", null, 5);
    apologies.record(new ItemMinute("Apologies were received from ten members.", null, ItemOutcome.NOTED, null, null, null));
    AgendaItem minutes = new AgendaItem(meeting, ItemKind.MINUTES_AND_MATTERS_ARISING, "Minutes and matters arising", "FB", 10);
    minutes.record(new ItemMinute("Funding the administration of the Children's Trust.",
        "FB said further discussions were taking place at the Task and Finish Groups, looking at the totality of partner "
            + "contributions. PS added that all-encompassing funding maps were being drawn up to look at partners' spending.",
        ItemOutcome.APPROVED, "The minutes of the previous meeting were approved as a true record.",
        "No corrections were raised.", "FB"));
    AgendaItem workforce = new AgendaItem(meeting, ItemKind.BUSINESS, "Workforce Development Strategy", "DH", 45)
        .attachment(AttachmentKind.REPORT, "Workforce Development Strategy (consultation document)");
    workforce.record(new ItemMinute(
        "DH clarified this was a consultation document seeking the views of the Children's Trust. An advisory workforce group "
            + "agreed 5 priorities with safeguarding as the 'golden thread'; five multi-agency expert groups will identify good "
            + "practice and inform future commissioning of training.",
        "Budgets for 2010/11 are largely set; the Trust must have a strategy in place under the new statutory guidance from April 2010.",
        ItemOutcome.APPROVED_WITH_AMENDMENTS,
        "Priority 1 agreed, developed with the strategy providing guiding principles. Priority 2: willingness agreed, but no "
            + "contribution for 2010/11; a proposal to be worked up for 2011/12. Priorities 3 and 4 agreed. Priority 5 agreed, "
            + "considering how best to represent the district and borough councils.",
        "Small cash contributions now would cost more to collect than they are worth; a pooled budget from 2011/12 is the "
            + "collaborative route.", "FD / DH / MM"));
    AgendaItem bullying = new AgendaItem(meeting, ItemKind.BUSINESS, "Progress on CYPP2: Priority 4 Bullying", "PS", 30);
    bullying.record(new ItemMinute(
        "The update highlighted areas where partnership working could support the anti-bullying agenda; e-bullying is a "
            + "growing problem and most exclusions linked to bullying began outside school.",
        "The exclusion statistics were not accurate enough as there is no bullying code on the exclusion form.",
        ItemOutcome.DEFERRED, "To come back to the next meeting with the report's author in attendance, for the group to "
            + "share recommendations and agree partner activity.",
        "Recording and data quality must improve before partner activity can be agreed.", "PS on behalf of the author; CJ"));
    AgendaItem taskAndFinish = new AgendaItem(meeting, ItemKind.BUSINESS,
        "Children's Trust Task and Finish Group progress / workshop", "FB", 30);
    taskAndFinish.record(new ItemMinute(
        "The functions of the Board and the ECG were discussed at the Task and Finish Groups. The ECG would become the "
            + "'engine room' of the Trust; the Performance Improvement Group would merge into the ECG, so outcome leads report "
            + "straight to the ECG.",
        "Members stressed that the right people must sit on the Board and the ECG.", ItemOutcome.NOTED, null, null, "FB / PS"));
    AgendaItem aob = new AgendaItem(meeting, ItemKind.ANY_OTHER_BUSINESS, "Any other business", null, 5);
    aob.record(new ItemMinute("The clerk to send out the structure chart electronically and invite comments from all members.",
        null, ItemOutcome.NOTED, null, null, "CJ / ALL"));
    meeting.retime();
    meeting.getActions().add(new MeetingAction(meeting, bullying, "Place CYPP2 Priority 4 Bullying on the agenda for May",
        DemoUsers.CLERK.fullName(), DemoUsers.CLERK.email(), LocalDate.of(2010, 5, 4)));
    meeting.getActions().add(new MeetingAction(meeting, aob, "Send out the structure chart and invite comments from all members",
        DemoUsers.CLERK.fullName(), DemoUsers.CLERK.email(), LocalDate.of(2010, 3, 25)));
    meeting.getActions().forEach(a -> a.complete(a.getDueDate(), "Done"));
    agendaPublished(meeting, LocalDate.of(2010, 3, 3));
    minutesCirculated(meeting, LocalDate.of(2010, 3, 22), "18 May - 2:00 to 4:30pm, Endeavour House, Rose Room");
    return meeting;
  }

  private void nextAfterMarch2010(GovernanceBody ecg, Meeting march) {
    Meeting may = meetings.save(new Meeting(ecg, LocalDate.of(2010, 5, 18), LocalTime.of(14, 0), LocalTime.of(16, 30),
        "Endeavour House, Rose Room"));
    march.confirmMinutes(may);
    march.publishMinutes(LocalDate.of(2010, 5, 19));
    new AgendaItem(may, ItemKind.APOLOGIES, "Apologies", null, 5);
    new AgendaItem(may, ItemKind.MINUTES_AND_MATTERS_ARISING, "Minutes of the meeting of 11 March 2010 and matters arising", "PS", 10);
    AgendaItem bullying = new AgendaItem(may, ItemKind.BUSINESS, "Progress on CYPP2: Priority 4 Bullying", "PS", 30)
        .attachment(AttachmentKind.REPORT_TO_FOLLOW, null);
    ForwardPlanItem carried = forwardPlan.save(new ForwardPlanItem(ecg, CommissioningOutcome.STAY_SAFE,
        "Progress on CYPP2: Priority 4 Bullying", "Priya Shah", "PS", 30, YearMonth.of(2010, 5), LocalDate.of(2010, 3, 11)));
    carried.setCarriedFromItemId(march.item(4).map(AgendaItem::getId).orElse(null));
    carried.take();
    bullying.setForwardPlanItem(carried);
    new AgendaItem(may, ItemKind.ANY_OTHER_BUSINESS, "Any other business", null, 5);
    may.retime();
    agendaPublished(may, LocalDate.of(2010, 5, 10));
  }

  /** The seed's forward work plan, spread over the coming months. */
  private void forwardWorkPlan(GovernanceBody ecg) {
    YearMonth next = YearMonth.from(BusinessClock.today()).plusMonths(1);
    Object[][] plan = {
        {CommissioningOutcome.BE_HEALTHY, "Childhood Obesity", 0}, {CommissioningOutcome.BE_HEALTHY, "CAMHS", 0},
        {CommissioningOutcome.BE_HEALTHY, "Healthy Schools", 3}, {CommissioningOutcome.BE_HEALTHY, "Partners in Play", 3},
        {CommissioningOutcome.STAY_SAFE, "Social Care Investment", 2},
        {CommissioningOutcome.STAY_SAFE, "Supporting People / Prevention of homelessness", 2},
        {CommissioningOutcome.STAY_SAFE, "Anti-Bullying", 0},
        {CommissioningOutcome.ENJOY_AND_ACHIEVE, "14-19 Strategy", 3},
        {CommissioningOutcome.ENJOY_AND_ACHIEVE, "Building Schools for the Future", 4},
        {CommissioningOutcome.POSITIVE_CONTRIBUTION, "Positive Activities for Young People", 4},
        {CommissioningOutcome.POSITIVE_CONTRIBUTION, "Integrated Youth Support Services", 6},
        {CommissioningOutcome.POSITIVE_CONTRIBUTION, "Family Intervention Projects", 6},
        {CommissioningOutcome.POSITIVE_CONTRIBUTION, "Safer Schools", 8},
        {CommissioningOutcome.CHILDRENS_CENTRES, "Children's Centres", 8},
        {CommissioningOutcome.EXTENDED_SCHOOLS, "Extended Schools", 9}};
    for (Object[] entry : plan) {
      forwardPlan.save(new ForwardPlanItem(ecg, (CommissioningOutcome) entry[0], (String) entry[1], "Priya Shah",
          DemoUsers.ECG_MEMBER.fullName(), 20, next.plusMonths((Integer) entry[2]), BusinessClock.today()));
    }
  }

  /**
   * Last month's ECG, held, its minutes circulated and waiting for approval as a true record; and
   * the next ECG from the pattern, whose agenda the clerk is drafting in Tasklist.
   */
  private void liveCycle(GovernanceBody ecg) {
    LocalDate today = BusinessClock.today();
    LocalDate lastDate = meetingService.meetingDay(YearMonth.from(today).minusMonths(1), 2, java.time.DayOfWeek.TUESDAY);
    Meeting last = meetingService.create("ECG", lastDate, null, null, null);
    new AgendaItem(last, ItemKind.WELCOME, "Welcome, introductions and apologies", "Priya Shah", 5)
        .record(new ItemMinute("Apologies from Colin Webb and Meera Joshi.", null, ItemOutcome.NOTED, null, null, null));
    AgendaItem camhs = new AgendaItem(last, ItemKind.BUSINESS, "CAMHS: pooled budget proposal", "Sarah Quinn", 40)
        .attachment(AttachmentKind.REPORT, "CAMHS pooled budget options");
    camhs.record(new ItemMinute("The options for a section 75 pooled budget for CAMHS were presented.",
        "Partners would carry risk in proportion to their investment, overspends included.", ItemOutcome.APPROVED,
        "Work up a section 75 agreement with NHS partners.", "Better value and one route into services for families.",
        "Sarah Quinn"));
    new AgendaItem(last, ItemKind.ANY_OTHER_BUSINESS, "Any other business", null, 5)
        .record(new ItemMinute("None.", null, ItemOutcome.NOTED, null, null, null));
    last.retime();
    last.getAttendance().add(new Attendance(last, "Priya Shah", COUNTY, PRESENT, true, null));
    last.getAttendance().add(new Attendance(last, "Tom Hadley", "Constabulary", PRESENT, false, null));
    last.getAttendance().add(new Attendance(last, "Sarah Quinn", "NHS", PRESENT, false, null));
    last.getAttendance().add(new Attendance(last, "Colin Webb", "Probation Service", APOLOGIES, false, null));
    last.getActions().add(new MeetingAction(last, camhs, "Draft the section 75 agreement for CAMHS", "Sarah Quinn",
        "sarah.quinn@childrens-trust.example", today.plusDays(10)));
    agendaPublished(last, lastDate.minusDays(10));
    minutesCirculated(last, lastDate.plusDays(7), null);
    meetings.flush();
    runtimeService.createProcessInstanceByKey(MeetingProcess.PROCESS_KEY)
        .businessKey(last.getReference())
        .setVariable(MeetingProcess.MEETING_ID, last.getId())
        .startBeforeActivity("Event_MinutesConfirmed")
        .execute();
    last.runBy(runtimeService.createProcessInstanceQuery()
        .processInstanceBusinessKey(last.getReference()).singleResult().getId());
    LocalDate next = nextPatternMeeting(ecg, today.plusWeeks(3));
    meetingService.scheduleFromPattern("ECG", next, next);
  }

  /**
   * The body's first meeting in its pattern on or after {@code from}: whatever the month the demo
   * starts in, the clerk has an agenda to draft, with time to publish it on time.
   */
  private LocalDate nextPatternMeeting(GovernanceBody body, LocalDate from) {
    return pattern.findByBodyOrderByYearAscMonthAsc(body).stream()
        .map(slot -> meetingService.meetingDay(slot.getMonth(), body.getMeetingWeekOfMonth(), body.getMeetingDayOfWeek()))
        .filter(date -> !date.isBefore(from))
        .findFirst()
        .orElseThrow(() -> new IllegalStateException("The " + body.getName() + " has no pattern meeting after " + from));
  }
}
