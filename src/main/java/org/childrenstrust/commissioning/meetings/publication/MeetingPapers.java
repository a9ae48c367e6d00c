package org.childrenstrust.commissioning.meetings.publication;

import java.util.function.Consumer;
import org.childrenstrust.commissioning.meetings.domain.Meeting;
import org.childrenstrust.commissioning.meetings.domain.MeetingRepository;
import org.childrenstrust.commissioning.shared.errors.NotFound;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Loads a meeting with everything its agenda pack and minutes show, in one read-only transaction. */
@Service
@Transactional(readOnly = true)
public class MeetingPapers {

  private final MeetingRepository meetings;

  public MeetingPapers(MeetingRepository meetings) {
    this.meetings = meetings;
  }

  /**
   * The papers of meeting {@code reference} for {@code variant}; {@code guard} sees the meeting first and
   * throws when the caller may not have them (not published yet, not a member).
   *
   * @throws NotFound when there is no such meeting
   */
  public MeetingPaper load(String reference, DocumentVariant variant, Consumer<Meeting> guard) {
    Meeting meeting = meetings.findByReference(reference)
        .orElseThrow(() -> new NotFound("There is no meeting " + reference + "."));
    guard.accept(meeting);
    return MeetingPaper.of(meeting, variant);
  }
}
