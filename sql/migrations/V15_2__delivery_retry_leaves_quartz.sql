-- The delivery retry pass runs on the ledger's own worker thread on every instance, also with the scheduler
-- off (docs/delivery.md); its Quartz job and trigger (class com.chenbao.delivery.RetryJob, removed) go.
DELETE FROM QRTZ_SIMPLE_TRIGGERS WHERE TRIGGER_NAME = 'delivery-retry' AND TRIGGER_GROUP = 'chenbao';
DELETE FROM QRTZ_FIRED_TRIGGERS WHERE TRIGGER_NAME = 'delivery-retry' AND TRIGGER_GROUP = 'chenbao';
DELETE FROM QRTZ_TRIGGERS WHERE TRIGGER_NAME = 'delivery-retry' AND TRIGGER_GROUP = 'chenbao';
DELETE FROM QRTZ_JOB_DETAILS WHERE JOB_NAME = 'delivery-retry' AND JOB_GROUP = 'chenbao';
