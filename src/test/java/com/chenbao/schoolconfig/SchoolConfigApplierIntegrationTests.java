package com.chenbao.schoolconfig;

import static org.assertj.core.api.Assertions.assertThat;

import com.chenbao.calendar.RoundStep;
import com.chenbao.calendar.SchoolSchedule;
import com.chenbao.calendar.SchoolSchedules;
import com.chenbao.roster.School;
import com.chenbao.roster.SchoolDirectory;
import com.chenbao.schoolconfig.ChatBinding.AppRobotChat;
import com.chenbao.schoolconfig.ChatBinding.WebhookChat;
import java.time.LocalTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.transaction.annotation.Transactional;

@SpringBootTest
@Transactional
@RecordApplicationEvents
class SchoolConfigApplierIntegrationTests {

  @Autowired SchoolFileParser parser;
  @Autowired SchoolConfigApplier applier;
  @Autowired WorkingGroups workingGroups;
  @Autowired SchoolSchedules schedules;
  @Autowired SchoolDirectory directory;
  @Autowired JdbcTemplate jdbc;
  @Autowired ApplicationEvents events;

  private School apply(String code, String yaml) {
    applier.apply(parser.parse(code + ".yml", yaml));
    return directory.findSchool(code).orElseThrow();
  }

  /** Every row the school file touches, as text, per table. */
  private Map<String, List<String>> snapshot(long schoolId) {
    Map<String, String> queries = new LinkedHashMap<>();
    queries.put(
        "schools",
        "SELECT CONCAT_WS('|', id, code, name, time_zone, created_at, updated_at) FROM schools WHERE id = ?");
    queries.put(
        "grades",
        "SELECT CONCAT_WS('|', id, name, sort_order, leader_staff_id) FROM grades WHERE school_id = ?");
    queries.put(
        "classes",
        "SELECT CONCAT_WS('|', id, grade_id, name, sort_order) FROM classes WHERE school_id = ?");
    queries.put(
        "staff",
        "SELECT CONCAT_WS('|', id, name, phone, dingtalk_user_id, status, updated_at) FROM staff WHERE school_id = ?");
    queries.put(
        "groups",
        "SELECT CONCAT_WS('|', id, code, name, chat_kind, open_conversation_id, webhook_url, webhook_secret, sort_order)"
            + " FROM working_groups WHERE school_id = ?");
    String ofGroups = " JOIN working_groups g ON g.id = x.group_id WHERE g.school_id = ?";
    queries.put(
        "members",
        "SELECT CONCAT_WS('|', x.group_id, x.staff_id, x.role) FROM working_group_members x"
            + ofGroups);
    queries.put(
        "rules",
        "SELECT CONCAT_WS('|', x.group_id, x.rule) FROM working_group_member_rules x" + ofGroups);
    queries.put(
        "subscriptions",
        "SELECT CONCAT_WS('|', x.group_id, x.tally_scope, x.names_allowed, x.missing_names, x.absentees)"
            + " FROM working_group_subscriptions x"
            + ofGroups);
    queries.put(
        "alerts",
        "SELECT CONCAT_WS('|', x.group_id, x.alert_kind) FROM working_group_alert_kinds x"
            + ofGroups);
    queries.put(
        "schedule",
        "SELECT CONCAT_WS('|', form_code, step, seq, at_time) FROM school_schedule_steps WHERE school_id = ?");
    Map<String, List<String>> rows = new LinkedHashMap<>();
    queries.forEach(
        (table, sql) ->
            rows.put(table, jdbc.queryForList(sql + " ORDER BY 1", String.class, schoolId)));
    return rows;
  }

  @Test
  void applyingTheSameFileTwiceChangesNothing() {
    School school = apply("t-twice", SchoolFiles.small("t-twice"));
    Map<String, List<String>> first = snapshot(school.id());

    apply("t-twice", SchoolFiles.small("t-twice"));

    assertThat(snapshot(school.id())).isEqualTo(first);
    assertThat(first.get("groups")).hasSize(2);
    assertThat(first.get("classes")).hasSize(2);
    assertThat(first.get("schedule")).hasSize(5);
    assertThat(events.stream(SchoolConfigured.class))
        .containsExactly(new SchoolConfigured("t-twice"), new SchoolConfigured("t-twice"));
  }

  @Test
  void aMemberOfTwoGroupsIsOneStaffRow() {
    School school = apply("t-shared", SchoolFiles.small("t-shared"));

    assertThat(
            jdbc.queryForObject(
                "SELECT COUNT(*) FROM staff WHERE school_id = ? AND name = '陶洁'",
                Integer.class,
                school.id()))
        .isEqualTo(1);
    assertThat(
            jdbc.queryForList(
                "SELECT CONCAT(g.code, ':', m.role) FROM working_group_members m JOIN working_groups g ON g.id = m.group_id"
                    + " JOIN staff s ON s.id = m.staff_id WHERE s.school_id = ? AND s.name = '陶洁' ORDER BY g.code",
                String.class,
                school.id()))
        .containsExactly("leadership:deputy", "personnel:leader");
  }

  @Test
  void aGroupLeftOutOfTheFileIsRemovedWithItsRowsButNotItsPeople() {
    School school = apply("t-remove", SchoolFiles.small("t-remove"));
    String withoutPersonnel = SchoolFiles.small("t-remove");
    withoutPersonnel =
        withoutPersonnel.substring(0, withoutPersonnel.indexOf("  - code: personnel"))
            + withoutPersonnel.substring(withoutPersonnel.indexOf("schedule:"));
    int staffBefore = snapshot(school.id()).get("staff").size();

    apply("t-remove", withoutPersonnel);

    Map<String, List<String>> after = snapshot(school.id());
    assertThat(after.get("groups")).singleElement().asString().contains("leadership");
    assertThat(after.get("rules")).isEmpty();
    assertThat(after.get("subscriptions")).hasSize(1);
    assertThat(after.get("alerts")).hasSize(2);
    assertThat(after.get("staff")).hasSize(staffBefore);
  }

  @Test
  void membersRolesAndSubscriptionsFollowTheFile() {
    School school = apply("t-change", SchoolFiles.small("t-change"));
    String changed =
        SchoolFiles.small("t-change")
            .replace(
                "{name: 陶洁, dingtalkId: t-change_taojie, phone: \"13800000001\", role: 副组长}",
                "{name: 苏峰, dingtalkId: t-change_sufeng}")
            .replace("alerts: [fever, red_code]", "alerts: [contact]")
            .replace("include: [class-teachers, grade-leaders]", "include: [all-staff]");

    apply("t-change", changed);

    WorkingGroupView leadership = workingGroups.groupsOf(school.id()).get(0);
    assertThat(leadership.members())
        .extracting(m -> m.name() + ":" + m.role())
        .containsExactly("叶婷:LEADER", "苏峰:MEMBER");
    assertThat(leadership.subscription().alertKinds()).containsExactly("contact");
    assertThat(
            jdbc.queryForList(
                "SELECT x.rule FROM working_group_member_rules x JOIN working_groups g ON g.id = x.group_id"
                    + " WHERE g.school_id = ?",
                String.class,
                school.id()))
        .containsExactly("all_staff");
  }

  @Test
  void theDemoSchoolWasAppliedAtStartUp() {
    School demo = directory.findSchool("zhengyuan").orElseThrow();

    assertThat(
            jdbc.queryForObject(
                "SELECT COUNT(*) FROM classes WHERE school_id = ?", Integer.class, demo.id()))
        .isEqualTo(12);
    List<WorkingGroupView> groups = workingGroups.groupsOf(demo.id());
    assertThat(groups)
        .extracting(WorkingGroupView::name)
        .containsExactly("领导小组", "人员管理组", "后勤保障组", "教学指导组", "宣传及办公室工作组");
    assertThat(groups)
        .extracting(g -> g.members().get(0).name() + ":" + g.members().get(0).role())
        .containsExactly("叶婷:LEADER", "陶洁:LEADER", "王生祥:LEADER", "叶婷:LEADER", "沈洁:LEADER");
    assertThat(groups.get(0).members())
        .extracting(GroupMember::name)
        .containsExactly("叶婷", "陶洁", "沈洁", "王生祥", "谢晨宇", "罗曼", "袁建民", "许海燕", "苏峰");
    // The six grade leaders and the twelve class teachers of the demo roster come in by rule.
    assertThat(groups.get(1).members()).hasSize(3 + 6 + 12);
    assertThat(groups.get(0).chat()).isEqualTo(new AppRobotChat("cid-zhengyuan-leadership"));
    assertThat(groups.get(4).chat()).isInstanceOf(WebhookChat.class);
    assertThat(groups.get(4).subscription().namesAllowed()).isFalse();
    assertThat(
            jdbc.queryForObject(
                "SELECT COUNT(*) FROM staff WHERE school_id = ? AND name = '叶婷'",
                Integer.class,
                demo.id()))
        .isEqualTo(1);
  }

  @Test
  void classTeachersAreResolvedFromTheRosterAtQueryTime() {
    School school = apply("t-rules", SchoolFiles.small("t-rules"));
    long teacher =
        directory.upsertStaff(
            school.id(), com.chenbao.roster.StaffRef.named("班主任甲", "t-rules_teacher"));
    jdbc.update(
        "UPDATE classes SET teacher_staff_id = ? WHERE school_id = ? AND name = '2班'",
        teacher,
        school.id());

    WorkingGroupView personnel = workingGroups.groupsOf(school.id()).get(1);

    assertThat(personnel.members())
        .extracting(m -> m.name() + ":" + m.role())
        .containsExactly("陶洁:LEADER", "张老师:MEMBER", "班主任甲:MEMBER");
    assertThat(personnel.members())
        .filteredOn(m -> m.name().equals("班主任甲"))
        .extracting(GroupMember::dingtalkUserId)
        .containsExactly("t-rules_teacher");
    assertThat(workingGroups.groupsOf(school.id()).get(0).members())
        .extracting(GroupMember::name)
        .doesNotContain("班主任甲");
  }

  @Test
  void theScheduleIsWrittenToTheCalendar() {
    School school = apply("t-schedule", SchoolFiles.small("t-schedule"));

    SchoolSchedule schedule = schedules.scheduleOf(school.id(), "morning-report");

    assertThat(schedule.timesOf(RoundStep.PUSH)).containsExactly(LocalTime.of(6, 40));
    assertThat(schedule.timesOf(RoundStep.REMIND)).containsExactly(LocalTime.of(7, 20));
    assertThat(schedule.firstTimeOf(RoundStep.TALLY)).contains(LocalTime.of(8, 5));
    assertThat(schedules.scheduleOf(school.id(), "midday-check").isEmpty()).isTrue();
    assertThat(schedules.schedulesOf(school.id()))
        .extracting(SchoolSchedule::formCode)
        .containsExactly("morning-report");
  }
}
