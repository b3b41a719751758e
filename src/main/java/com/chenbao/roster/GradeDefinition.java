package com.chenbao.roster;

import java.util.List;
import org.jspecify.annotations.Nullable;

/** One grade of the school's structure as the school file declares it, in display order. */
public record GradeDefinition(String name, List<String> classNames, @Nullable StaffRef leader) {

  public GradeDefinition {
    classNames = List.copyOf(classNames);
  }
}
