package org.childrenstrust.commissioning.meetings.domain;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import org.childrenstrust.commissioning.shared.errors.BusinessRuleViolation;

/** An item on a meeting's agenda, with its report cover and, once the meeting is held, its minute. */
@Entity
@Table(name = "ct_agenda_item")
public class AgendaItem {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;
  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "meeting_id")
  private Meeting meeting;
  @Column(name = "item_number")
  private int number;
  @Enumerated(EnumType.STRING)
  private ItemKind kind;
  private LocalTime plannedStart;
  private int durationMinutes;
  private String description;
  private String leadOfficer;
  @Enumerated(EnumType.STRING)
  private AttachmentKind attachmentKind = AttachmentKind.NONE;
  private String attachmentTitle;
  private boolean paperReceived;
  /** Part A: can be disclosed in full to the public. */
  @Column(name = "public_item")
  private boolean publicItem = true;
  private String exemptReason;
  private boolean addedAfterPublication;
  private String urgencyReason;
  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "forward_plan_item_id")
  private ForwardPlanItem forwardPlanItem;
  private Long decisionRequestId;
  @Embedded
  private ReportCover reportCover = new ReportCover();
  @Embedded
  private ItemMinute minute = new ItemMinute();
  @OneToMany(mappedBy = "agendaItem", cascade = CascadeType.ALL, orphanRemoval = true)
  @OrderBy("id")
  private List<InterestDeclaration> declarations = new ArrayList<>();

  protected AgendaItem() {}

  public AgendaItem(Meeting meeting, ItemKind kind, String description, String leadOfficer, int durationMinutes) {
    if (description == null || description.isBlank()) {
      throw new BusinessRuleViolation("An agenda item needs a description.");
    }
    if (durationMinutes < 1) {
      throw new BusinessRuleViolation("Item '" + description + "' needs a duration of at least one minute.");
    }
    this.meeting = meeting;
    this.number = meeting.nextItemNumber();
    this.kind = kind;
    this.description = description.strip();
    this.leadOfficer = leadOfficer;
    this.durationMinutes = durationMinutes;
    meeting.getItems().add(this);
  }

  public AgendaItem attachment(AttachmentKind kind, String title) {
    this.attachmentKind = kind;
    this.attachmentTitle = title;
    this.paperReceived = kind == AttachmentKind.REPORT || kind == AttachmentKind.PRESENTATION;
    return this;
  }

  /** Marks the item exempt from publication (not Part A); a reason is required. */
  public AgendaItem exempt(String reason) {
    if (reason == null || reason.isBlank()) {
      throw new BusinessRuleViolation("Item " + number + " is exempt from publication: say why (e.g. commercially sensitive).");
    }
    this.publicItem = false;
    this.exemptReason = reason.strip();
    return this;
  }

  /** The clerk's changes to the item while drafting the agenda. */
  public void update(String description, String leadOfficer, int durationMinutes) {
    if (description == null || description.isBlank()) {
      throw new BusinessRuleViolation("An agenda item needs a description.");
    }
    if (durationMinutes < 1) {
      throw new BusinessRuleViolation("Item '" + description + "' needs a duration of at least one minute.");
    }
    this.description = description.strip();
    this.leadOfficer = leadOfficer == null || leadOfficer.isBlank() ? null : leadOfficer.strip();
    this.durationMinutes = durationMinutes;
  }

  public void makePublic() {
    this.publicItem = true;
    this.exemptReason = null;
  }

  public boolean isPaperOutstanding() {
    return attachmentKind == AttachmentKind.REPORT_TO_FOLLOW && !paperReceived;
  }

  public void markPaperReceived(String title) {
    this.paperReceived = true;
    if (title != null && !title.isBlank()) {
      this.attachmentTitle = title;
    }
  }

  public void markAddedAfterPublication(String urgencyReason) {
    if (urgencyReason == null || urgencyReason.isBlank()) {
      throw new BusinessRuleViolation("The agenda of " + meeting.getReference()
          + " is already published: an item added now needs the reason it is urgent.");
    }
    this.addedAfterPublication = true;
    this.urgencyReason = urgencyReason.strip();
  }

  public void record(ItemMinute minute) {
    meeting.ensureMinutesEditable();
    this.minute = minute;
  }

  public Long getId() { return id; }
  public Meeting getMeeting() { return meeting; }
  public int getNumber() { return number; }
  public void setNumber(int number) { this.number = number; }
  public ItemKind getKind() { return kind; }
  public LocalTime getPlannedStart() { return plannedStart; }
  public void setPlannedStart(LocalTime start) { this.plannedStart = start; }
  public int getDurationMinutes() { return durationMinutes; }
  public void setDurationMinutes(int minutes) { this.durationMinutes = minutes; }
  public String getDescription() { return description; }
  public String getLeadOfficer() { return leadOfficer; }
  public AttachmentKind getAttachmentKind() { return attachmentKind; }
  public String getAttachmentTitle() { return attachmentTitle; }
  public boolean isPaperReceived() { return paperReceived; }
  public boolean isPublicItem() { return publicItem; }
  public String getExemptReason() { return exemptReason; }
  public boolean isAddedAfterPublication() { return addedAfterPublication; }
  public String getUrgencyReason() { return urgencyReason; }
  public ForwardPlanItem getForwardPlanItem() { return forwardPlanItem; }
  public void setForwardPlanItem(ForwardPlanItem item) { this.forwardPlanItem = item; }
  public Long getDecisionRequestId() { return decisionRequestId; }
  public void setDecisionRequestId(Long id) { this.decisionRequestId = id; }
  public ReportCover getReportCover() { return reportCover == null ? new ReportCover() : reportCover; }
  public void setReportCover(ReportCover cover) { this.reportCover = cover; }
  public ItemMinute getMinute() { return minute == null ? new ItemMinute() : minute; }
  public List<InterestDeclaration> getDeclarations() { return declarations; }
}
