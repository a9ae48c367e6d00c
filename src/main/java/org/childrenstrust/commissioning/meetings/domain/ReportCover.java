package org.childrenstrust.commissioning.meetings.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** The ECG report cover template's fields, for an item that comes with a report. */
@Embeddable
public class ReportCover {
  @Column(name = "cover_report_to") private String reportTo;
  @Column(name = "cover_lead") private String lead;
  @Column(name = "cover_sponsor") private String sponsor;
  @Column(name = "cover_contact") private String contact;
  @Column(name = "cover_asked_to_decide") private String askedToDecide;
  @Column(name = "cover_resource_implications") private String resourceImplications;
  @Column(name = "cover_performance_risk_implications") private String performanceRiskImplications;
  @Column(name = "cover_partnership_implications") private String partnershipImplications;
  @Column(name = "cover_timescales") private String timescales;
  @Column(name = "cover_consultation_relevant") private Boolean consultationRelevant;
  @Column(name = "cover_consultation_details") private String consultationDetails;
  @Column(name = "cover_sources") private String sources;
  @Column(name = "cover_main_body") private String mainBody;

  public ReportCover() {}

  public ReportCover(String reportTo, String lead, String sponsor, String contact, String askedToDecide) {
    this.reportTo = reportTo;
    this.lead = lead;
    this.sponsor = sponsor;
    this.contact = contact;
    this.askedToDecide = askedToDecide;
  }

  public ReportCover implications(String resource, String performanceAndRisk, String partnership) {
    this.resourceImplications = resource;
    this.performanceRiskImplications = performanceAndRisk;
    this.partnershipImplications = partnership;
    return this;
  }

  public ReportCover timescales(String timescales) { this.timescales = timescales; return this; }

  public ReportCover consultation(boolean relevant, String details) {
    this.consultationRelevant = relevant;
    this.consultationDetails = details;
    return this;
  }

  public ReportCover sources(String sources) { this.sources = sources; return this; }
  public ReportCover mainBody(String mainBody) { this.mainBody = mainBody; return this; }

  public boolean isEmpty() { return reportTo == null && askedToDecide == null && mainBody == null; }
  public String getReportTo() { return reportTo; }
  public String getLead() { return lead; }
  public String getSponsor() { return sponsor; }
  public String getContact() { return contact; }
  public String getAskedToDecide() { return askedToDecide; }
  public String getResourceImplications() { return resourceImplications; }
  public String getPerformanceRiskImplications() { return performanceRiskImplications; }
  public String getPartnershipImplications() { return partnershipImplications; }
  public String getTimescales() { return timescales; }
  public Boolean getConsultationRelevant() { return consultationRelevant; }
  public String getConsultationDetails() { return consultationDetails; }
  public String getSources() { return sources; }
  public String getMainBody() { return mainBody; }
}
