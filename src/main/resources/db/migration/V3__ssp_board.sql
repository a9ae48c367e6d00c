-- The SSP Board: awards the Performance Reward Grant on the SSP Performance Management Group's recommendation.
insert into ct_governance_body (code, name, purpose, camunda_group_id, default_place, default_start_time, default_end_time,
                                meeting_week_of_month, meeting_day_of_week, publication_clear_days, terms_of_reference)
values
('SSP-BOARD', 'Suffolk Strategic Partnership Board',
 'To lead the Strategic Partnership, own the Community Strategy and approve the Performance Reward Grant projects and funding levels the Performance Management Group recommends',
 'ssp-board', 'Endeavour House', '14:00', '16:00', 3, 'MONDAY', 5, null);
