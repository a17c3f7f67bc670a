package org.hirewall.provisioning;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** HR exports as spreadsheets write them (XIAM-05 bulk onboarding). */
class HrCsvTest {

  static final List<String> COLUMNS = BulkImport.COLUMNS;

  @Test
  void aSpreadsheetsCsvUtf8WithQuotedCommasAndOtherColumnsIsRead() {
    String csv =
        "\uFEFFFirst Name,Last Name,Department,subject_id,Username,E-mail,email,profile\r\n"
            + "Wei,\"Wang, Jr.\",R&D,11111111-1111-1111-1111-111111111111,wwang,x,wei@example.org,engineer\r\n"
            + "\r\n"
            + "\"Chul-su\",\"Kim \"\"CS\"\"\",Ops,22222222-2222-2222-2222-222222222222,ckim,y,cs@example.org,engineer\r\n";
    HrCsv.Parsed p = HrCsv.parse(csv, COLUMNS);
    assertThat(p.problem()).isNull();
    assertThat(p.ignored()).containsExactly("Department", "E-mail");
    assertThat(p.lines()).hasSize(2);
    assertThat(p.lines().get(0).values())
        .containsEntry("last_name", "Wang, Jr.")
        .containsEntry("first_name", "Wei")
        .containsEntry("subject_id", "11111111-1111-1111-1111-111111111111")
        .containsEntry("email", "wei@example.org");
    assertThat(p.lines().get(1).values()).containsEntry("last_name", "Kim \"CS\"");
    assertThat(p.lines().get(0).line()).isEqualTo(2);
  }

  @Test
  void anotherDelimiterIsNamed() {
    HrCsv.Parsed semi =
        HrCsv.parse("subject_id;username;email;first_name;last_name;profile\n", COLUMNS);
    assertThat(semi.problem()).contains("';'").contains("comma");
    HrCsv.Parsed tabs =
        HrCsv.parse("subject_id\tusername\temail\tfirst_name\tlast_name\tprofile\n", COLUMNS);
    assertThat(tabs.problem()).contains("tabs");
  }

  @Test
  void missingColumnsAreNamedAndAnUnclosedQuoteIsAProblem() {
    assertThat(HrCsv.parse("subject_id,username,email\n", COLUMNS).problem())
        .contains("first_name", "last_name", "profile");
    assertThat(HrCsv.parse("", COLUMNS).problem()).contains("empty");
    String unclosed =
        "subject_id,username,email,first_name,last_name,profile\n" + "a,b,c,\"never closed,e,f\n";
    assertThat(HrCsv.parse(unclosed, COLUMNS).problem()).contains("not valid CSV");
  }
}
