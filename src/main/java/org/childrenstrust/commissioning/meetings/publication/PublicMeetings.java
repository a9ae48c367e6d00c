package org.childrenstrust.commissioning.meetings.publication;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import org.childrenstrust.commissioning.meetings.domain.GovernanceBody;
import org.childrenstrust.commissioning.meetings.domain.GovernanceBodyRepository;
import org.childrenstrust.commissioning.meetings.domain.Meeting;
import org.childrenstrust.commissioning.meetings.domain.MeetingRepository;
import org.childrenstrust.commissioning.meetings.domain.MeetingStatus;
import org.childrenstrust.commissioning.shared.errors.NotFound;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** What the public may see of the governance bodies' meetings: published agendas, approved minutes, calendars. */
@Service
@Transactional(readOnly = true)
public class PublicMeetings {

  /** A body and its meetings with a published agenda, most recent first. */
  public record BodyListing(String code, String name, String purpose, List<MeetingListing> meetings) {}

  /** A meeting on the public list; {@code minutesApproved} when its approved minutes can be read. */
  public record MeetingListing(String reference, String title, String date, String time, String place,
      boolean minutesApproved) {}

  private final GovernanceBodyRepository bodies;
  private final MeetingRepository meetings;
  private final PublicLinks links;

  public PublicMeetings(GovernanceBodyRepository bodies, MeetingRepository meetings, PublicLinks links) {
    this.bodies = bodies;
    this.meetings = meetings;
    this.links = links;
  }

  /** The agenda may be read once published; a cancelled meeting's may not. */
  public static void requireAgendaPublished(Meeting meeting) {
    if (!meeting.getStatus().agendaPublished()) {
      throw new NotFound("The agenda of " + meeting.getTitle() + " on " + MeetingPaper.format(meeting.getMeetingDate())
          + " is not published yet.");
    }
  }

  /** Only minutes approved as a true record are public; drafts never are. */
  public static void requireMinutesApproved(Meeting meeting) {
    if (!MeetingPaper.MINUTES_APPROVED.contains(meeting.getStatus())) {
      throw new NotFound("The minutes of " + meeting.getTitle() + " on " + MeetingPaper.format(meeting.getMeetingDate())
          + " are published once the next meeting has approved them as a true record.");
    }
  }

  /** Every governance body, by name, with its meetings whose agenda is published. */
  public List<BodyListing> listing() {
    return bodies.findAll().stream()
        .sorted(Comparator.comparing(GovernanceBody::getName).thenComparing(GovernanceBody::getCode))
        .map(body -> new BodyListing(body.getCode(), body.getName(), body.getPurpose(),
            meetings.findByBodyOrderByMeetingDateAsc(body).stream()
                .filter(m -> m.getStatus().agendaPublished())
                .sorted(Comparator.comparing(Meeting::getMeetingDate).reversed())
                .map(m -> new MeetingListing(m.getReference(), m.getTitle(), MeetingPaper.format(m.getMeetingDate()),
                    MeetingPaper.timeRange(m),
                    m.getPlace(), MeetingPaper.MINUTES_APPROVED.contains(m.getStatus())))
                .toList()))
        .toList();
  }

  /**
   * The body's meetings, cancelled ones left out, as an iCalendar feed generated at {@code stamp}.
   *
   * @throws NotFound when there is no such body
   */
  public String calendar(String bodyCode, Instant stamp) {
    GovernanceBody body = bodies.findByCode(bodyCode)
        .orElseThrow(() -> new NotFound("There is no governance body " + bodyCode + "."));
    return ICalendarFeed.write(body.getName(), meetings.findByBodyOrderByMeetingDateAsc(body).stream()
        .filter(m -> m.getStatus() != MeetingStatus.CANCELLED)
        .map(this::event)
        .toList(), stamp);
  }

  private ICalendarFeed.Event event(Meeting meeting) {
    String agenda = meeting.getStatus().agendaPublished() ? links.agenda(meeting.getReference()) : null;
    String purpose = meeting.getPurpose() == null ? "" : meeting.getPurpose() + "\n";
    String description = purpose + (agenda == null ? "The agenda is not published yet." : "Agenda: " + agenda);
    return new ICalendarFeed.Event(meeting.getReference() + "@childrens-trust.example", meeting.startsAt(),
        meeting.getMeetingDate().atTime(meeting.getEndTime()), meeting.getTitle(), meeting.getPlace(),
        description, agenda);
  }
}
