-- The Quartz job that rings a round's steps moved from the calendar module to the schoolday module.
-- The JDBC job store keeps each job's class name; a stored job still naming the old class could not be
-- loaded when its trigger fires. Triggers whose definition did not change are kept at start-up (to keep
-- their next fire time), so the stored class names are rewritten here rather than the jobs re-created.
UPDATE QRTZ_JOB_DETAILS
   SET JOB_CLASS_NAME = 'com.chenbao.schoolday.RoundStepJob'
 WHERE JOB_CLASS_NAME = 'com.chenbao.calendar.RoundStepJob';
