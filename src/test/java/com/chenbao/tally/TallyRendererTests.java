package com.chenbao.tally;

import static org.assertj.core.api.Assertions.assertThat;

import com.chenbao.forms.AnomalyFinding;
import com.chenbao.forms.Form;
import com.chenbao.forms.FormCatalog;
import com.chenbao.forms.Severity;
import com.chenbao.schoolconfig.Subscription;
import com.chenbao.schoolconfig.TallyScope;
import com.chenbao.shared.MessageTexts;
import com.chenbao.shared.TemplateProperties;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The figures of a group tally with the built-in texts: students and staff are two lines, never one
 * sum.
 */
class TallyRendererTests {

  private static final MessageTexts TEXTS = new MessageTexts(new TemplateProperties(null));
  private static final Form FORM =
      new FormCatalog(new TemplateProperties(null), TEXTS).form("morning-report");
  private static final TallyRenderer RENDERER = new TallyRenderer(TEXTS);
  private static final TallyCalculator.RoundHeader ROUND =
      new TallyCalculator.RoundHeader("s", "正元小学", "morning-report", LocalDate.of(2031, 3, 10), 7L);
  private static final AnomalyFinding FEVER =
      new AnomalyFinding("fever", Severity.URGENT, "发热", "体温 38.2℃");
  private static final Subscription SCHOOL_WITH_NAMES =
      new Subscription(TallyScope.SCHOOL, true, true, false, Set.of(Subscription.ALL_ALERTS));
  private static final Subscription NUMBERS_ONLY =
      new Subscription(TallyScope.SCHOOL, false, false, false, Set.of());

  private long nextId = 1;

  @Test
  void atSchoolScopeTheStudentsAndTheStaffAreTwoLinesAndTheirNamesTwoLabelledBlocks() {
    List<TallySubject> subjects = new ArrayList<>();
    subjects.add(student("王小明", true, FEVER));
    subjects.add(student("张小红", false));
    subjects.add(student("李小刚", true));
    subjects.add(staff("王老师", false));

    String text =
        RENDERER
            .forGroup(
                FORM,
                TallyCalculator.compute(ROUND, List.of("fever"), subjects),
                SCHOOL_WITH_NAMES,
                "8:05")
            .text();

    assertThat(text)
        .contains(
            "**学生** 应报 **3** 人，已报 **2** 人，未报 **1** 人，异常 **1** 人（发热 1）\n\n"
                + "**教职工** 应报 **1** 人，已报 **0** 人，未报 **1** 人，异常 **0** 人\n\n")
        .contains("**学生**\n未报：张小红\n- 王小明：发热，体温 38.2℃")
        .contains("**教职工**\n未报：王老师")
        .doesNotContain("应报 **4** 人");
  }

  @Test
  void aRoundWithoutStaffHasNoStaffLineAndOneWithOnlyStaffNoStudentsLine() {
    Tally studentsOnly =
        TallyCalculator.compute(ROUND, List.of("fever"), List.of(student("王小明", true)));
    Tally staffOnly =
        TallyCalculator.compute(ROUND, List.of("fever"), List.of(staff("王老师", true, FEVER)));

    String students = RENDERER.forGroup(FORM, studentsOnly, NUMBERS_ONLY, "8:05").text();
    String staff = RENDERER.forGroup(FORM, staffOnly, NUMBERS_ONLY, "8:05").text();

    assertThat(students)
        .endsWith("**学生** 应报 **1** 人，已报 **1** 人，未报 **0** 人，异常 **0** 人")
        .doesNotContain("教职工");
    assertThat(staff)
        .endsWith("**教职工** 应报 **1** 人，已报 **1** 人，未报 **0** 人，异常 **1** 人")
        .doesNotContain("学生", "发热");
  }

  @Test
  void aRoundExpectingNobodyStillShowsTheStudentsLineWithZeros() {
    String text =
        RENDERER
            .forGroup(
                FORM, TallyCalculator.compute(ROUND, List.of(), List.of()), NUMBERS_ONLY, "8:05")
            .text();

    assertThat(text).endsWith("**学生** 应报 **0** 人，已报 **0** 人，未报 **0** 人，异常 **0** 人");
  }

  private TallySubject student(String name, boolean answered, AnomalyFinding... findings) {
    return new TallySubject(
        "student", nextId++, name, 11L, "一年级", "1班", answered, List.of(findings));
  }

  private TallySubject staff(String name, boolean answered, AnomalyFinding... findings) {
    return new TallySubject("staff", nextId++, name, null, null, null, answered, List.of(findings));
  }
}
