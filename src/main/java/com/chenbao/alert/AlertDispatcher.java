package com.chenbao.alert;

import com.chenbao.messaging.OutboundMessage;
import com.chenbao.schoolconfig.ChatBinding;
import com.chenbao.schoolconfig.Subscription;
import com.chenbao.schoolconfig.WorkingGroupView;
import com.chenbao.schoolconfig.WorkingGroups;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * Decides who hears of an answer's anomalies and in which words, per working-group subscription,
 * and queues each message in the delivery ledger (nothing is sent from here):
 *
 * <ul>
 *   <li>names allowed and all kinds followed (personnel): one message per answer with every new
 *       finding;
 *   <li>names allowed and chosen kinds (logistics: fever, red code): one call to action per urgent
 *       finding, the named message for a warning;
 *   <li>no names (leadership): one message per finding with the class and how many in it have that
 *       kind;
 *   <li>the student's class teacher: one 1:1 message with every new finding.
 * </ul>
 */
@Component
class AlertDispatcher {

  private final WorkingGroups groups;
  private final AlertDeliveries deliveries;
  private final AlertMessages messages;
  private final AnomalyMapper anomalies;

  AlertDispatcher(
      WorkingGroups groups,
      AlertDeliveries deliveries,
      AlertMessages messages,
      AnomalyMapper anomalies) {
    this.groups = groups;
    this.deliveries = deliveries;
    this.messages = messages;
    this.anomalies = anomalies;
  }

  void dispatch(AlertContext context, AlertSubject subject, List<RaisedAnomaly> raised) {
    for (WorkingGroupView group : groups.groupsOf(context.schoolId())) {
      List<RaisedAnomaly> wanted =
          raised.stream().filter(a -> group.subscription().receivesAlert(a.kind())).toList();
      if (!(group.chat() instanceof ChatBinding.NoChat) && !wanted.isEmpty()) {
        alertGroup(context, subject, group, wanted);
      }
    }
    if (subject.teacher() != null && subject.teacher().userId() != null) {
      alertTeacher(context, subject, subject.teacher(), raised);
    }
  }

  private void alertGroup(
      AlertContext context,
      AlertSubject subject,
      WorkingGroupView group,
      List<RaisedAnomaly> wanted) {
    Subscription subscription = group.subscription();
    if (subscription.namesAllowed()
        && subscription.alertKinds().contains(Subscription.ALL_ALERTS)) {
      List<RaisedAnomaly> claimed = deliveries.claimForGroup(context, group.code(), wanted);
      if (!claimed.isEmpty()) {
        deliveries.queue(
            keys(claimed, group.code()), messages.named(context.formCode(), subject, claimed));
      }
      return;
    }
    for (RaisedAnomaly anomaly : deliveries.claimForGroup(context, group.code(), wanted)) {
      OutboundMessage.Markdown message =
          !subscription.namesAllowed()
              ? messages.withoutNames(
                  context.formCode(), subject, anomaly, countAlike(context, subject, anomaly))
              : anomaly.urgent()
                  ? messages.logistics(context.formCode(), subject, anomaly)
                  : messages.named(context.formCode(), subject, List.of(anomaly));
      deliveries.queue(keys(List.of(anomaly), group.code()), message);
    }
  }

  private void alertTeacher(
      AlertContext context,
      AlertSubject subject,
      AlertSubject.ClassTeacher teacher,
      List<RaisedAnomaly> raised) {
    String userId = teacher.userId();
    if (userId == null) {
      return;
    }
    List<RaisedAnomaly> claimed =
        deliveries.claimForTeacher(context, teacher.staffId(), userId, raised);
    if (!claimed.isEmpty()) {
      deliveries.queue(
          claimed.stream().map(a -> AlertDeliveries.teacherKey(a, teacher.staffId())).toList(),
          messages.toClassTeacher(context.formCode(), subject, claimed));
    }
  }

  private static List<String> keys(List<RaisedAnomaly> anomalies, String groupCode) {
    return anomalies.stream().map(a -> AlertDeliveries.groupKey(a, groupCode)).toList();
  }

  /**
   * How many of the subject's class (or of the staff) currently have this kind; at least this one.
   */
  private int countAlike(AlertContext context, AlertSubject subject, RaisedAnomaly anomaly) {
    return Math.max(
        1, anomalies.countCurrentAlike(context.roundId(), anomaly.kind(), subject.classId()));
  }
}
