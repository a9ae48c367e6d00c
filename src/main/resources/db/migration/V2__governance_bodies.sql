-- The Children's Trust's governance bodies (reference data: every installation has them).
-- Members are people and are added per installation (demo members on the embedded default only).
insert into ct_governance_body (code, name, purpose, camunda_group_id, default_place, default_start_time, default_end_time,
                                meeting_week_of_month, meeting_day_of_week, publication_clear_days, terms_of_reference)
values
('ECG', 'Children''s Trust Executive Commissioning Group',
 'To plan and make commissioning recommendations for the Trust Board', 'management-group',
 'Endeavour House, Rose Room', '14:00', '16:30', 2, 'TUESDAY', 5,
 '1. Make sure the Board can analyse the needs of children and young people, the performance of services, assess risk and plan strategically.
2. Prepare the Children and Young People''s Plan and its communication, consultation, commissioning and delivery plans.
3. Plan the use of resources and monitor and report progress against the plans.
4. Assist the Performance Improvement Group in managing performance on behalf of the Board.
5. Oversee the implementation of the CYPP and improvement planning.
6. Develop a Joint Commissioning Framework setting out principles and standards for commissioning.
7. Make commissioning decisions on behalf of the Partnership within the Framework, receiving regular reports from the Outcome Groups and Area Partnerships.
8. Develop a strategy for joint commissioning as part of the CYPP, based on shared priorities and needs analysis.
9. Align the joint resources of the Partnership and determine commissioning actions on a shared understanding of priority and need.
10. Receive and act on recommendations from the Pooled and Aligned Resources Advisory Group on pooling budgets.
11. Make recommendations to the Board on the development of services, plans, mechanisms and timescales for delivery and integration.
12. Keep effective links with other partnerships, in particular local strategic partnerships and the Delivery Partnerships of the Strategic Partnership.
13. Make sure children, young people and their families are involved in the design, development and review of services.'),
('BOARD', 'Children''s Trust Board', 'To set the strategic direction of the Children''s Trust and own the Children and Young People''s Plan',
 'trust-board', 'Endeavour House, Council Chamber', '10:00', '12:30', 3, 'THURSDAY', 5, null),
('BE-HEALTHY', 'Be Healthy outcome group', 'To oversee services and performance for the Be Healthy outcome',
 'outcome-be-healthy', 'Endeavour House', '10:00', '12:00', 1, 'WEDNESDAY', 5, null),
('STAY-SAFE', 'Stay Safe outcome group', 'To oversee services and performance for the Stay Safe outcome',
 'outcome-stay-safe', 'Endeavour House', '10:00', '12:00', 1, 'WEDNESDAY', 5, null),
('ENJOY-ACHIEVE', 'Enjoy and Achieve outcome group', 'To oversee services and performance for the Enjoy and Achieve outcome',
 'outcome-enjoy-achieve', 'Endeavour House', '14:00', '16:00', 1, 'WEDNESDAY', 5, null),
('POSITIVE-CONTRIBUTION', 'Make a Positive Contribution outcome group',
 'To oversee services and performance for the Make a Positive Contribution outcome',
 'outcome-positive-contribution', 'Endeavour House', '10:00', '12:00', 1, 'THURSDAY', 5, null),
('ECONOMIC-WELLBEING', 'Achieve Economic Well-being outcome group',
 'To oversee services and performance for the Achieve Economic Well-being outcome',
 'outcome-economic-wellbeing', 'Endeavour House', '14:00', '16:00', 1, 'THURSDAY', 5, null),
('SSP-PMG', 'SSP Performance Management Group',
 'To manage the performance of the Strategic Partnership and recommend Performance Reward Grant projects to the SSP Board',
 'ssp-pmg', 'Endeavour House', '10:00', '12:00', 4, 'MONDAY', 5, null);
