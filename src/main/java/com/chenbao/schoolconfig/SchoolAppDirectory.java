package com.chenbao.schoolconfig;

import com.chenbao.schoolconfig.SchoolAppMapper.AppRow;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Service;

@Service
class SchoolAppDirectory implements SchoolDingTalkApps {

  private final SchoolAppMapper mapper;
  private final Environment environment;

  SchoolAppDirectory(SchoolAppMapper mapper, Environment environment) {
    this.mapper = mapper;
    this.environment = environment;
  }

  @Override
  public List<SchoolDingTalkApp> all() {
    return mapper.findAll().stream().map(this::app).toList();
  }

  private SchoolDingTalkApp app(AppRow row) {
    return new SchoolDingTalkApp(
        row.schoolId(),
        row.corpId(),
        row.appKey(),
        secret(row.appSecretVariable()),
        row.appSecretVariable(),
        row.robotCode(),
        row.agentId());
  }

  private @Nullable String secret(String variable) {
    String value = environment.getProperty(variable);
    return value == null || value.isBlank() ? null : value.strip();
  }
}
