package org.ocnkit.panel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.ocnkit.InvalidInputException;
import org.ocnkit.Message;
import org.ocnkit.store.Settings;

class PanelSettingsTest {
  private static final Path FILE = Path.of("ws/ocnkit.properties");

  @Test
  void absentKeysTakeTheDesignDefaults() {
    PanelSettings settings = PanelSettings.from(Settings.parse(FILE, "org.name=X\n"));
    assertThat(settings).isEqualTo(PanelSettings.DEFAULTS);
    assertThat(settings.quorum().minVoting()).isEqualTo(3);
    assertThat(settings.quorum().requiredSectors())
        .containsExactlyInAnyOrder(Sector.WORKING_LIFE, Sector.EDUCATION);
    assertThat(settings.approvalYears()).isEqualTo(3);
  }

  @Test
  void theWorkspaceTemplateStatesTheDefaults() throws Exception {
    String template;
    try (var in =
        org.ocnkit.store.Workspace.class.getResourceAsStream("ocnkit.properties.template")) {
      template = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
    }
    assertThat(PanelSettings.from(Settings.parse(FILE, template)))
        .isEqualTo(PanelSettings.DEFAULTS);
    assertThat(template).contains("panel.quorum.requireSectors=working-life,education");
  }

  @Test
  void settingsChangeTheQuorumAndTheApprovalPeriod() {
    PanelSettings settings =
        PanelSettings.from(
            Settings.parse(
                FILE,
                """
        panel.quorum.minVoting=4
        panel.quorum.requireSectors=Working-Life, community ,education
        panel.approvalYears=5
        """));
    assertThat(settings.quorum())
        .isEqualTo(
            new QuorumRule(4, EnumSet.of(Sector.WORKING_LIFE, Sector.COMMUNITY, Sector.EDUCATION)));
    assertThat(settings.approvalYears()).isEqualTo(5);
    assertThat(
            PanelSettings.from(Settings.parse(FILE, "panel.quorum.requireSectors=none\n"))
                .quorum()
                .requiredSectors())
        .isEmpty();
  }

  @Test
  void anUnknownSectorIsReportedWithItsLine() {
    Settings settings = Settings.parse(FILE, "org.name=X\npanel.quorum.requireSectors=arbetsliv\n");
    assertThatThrownBy(() -> PanelSettings.from(settings))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("ocnkit.properties:2")
        .hasMessageContaining("\u201carbetsliv\u201d is not a sector");
    assertThatThrownBy(() -> PanelSettings.from(Settings.parse(FILE, "panel.approvalYears=0\n")))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("panel.approvalYears");
  }

  @Test
  void theQuorumNamesEachFailedPart() {
    QuorumRule rule = QuorumRule.DEFAULT;
    PanelMember work = new PanelMember(1, "A", "X", Sector.WORKING_LIFE, false);
    PanelMember school = new PanelMember(2, "B", "Y", Sector.EDUCATION, false);
    PanelMember town = new PanelMember(3, "C", "Z", Sector.COMMUNITY, true);
    assertThat(rule.failures(List.of(work, school, town))).isEmpty();
    assertThat(rule.failures(List.of(town, town, town)))
        .extracting(Message::key)
        .containsExactly("quorum.noSector.working-life", "quorum.noSector.education");
    assertThat(rule.failures(List.of()))
        .extracting(Message::key)
        .containsExactly(
            "quorum.tooFew", "quorum.noSector.working-life", "quorum.noSector.education");
    assertThat(new QuorumRule(1, Set.of()).failures(List.of(town))).isEmpty();
  }
}
