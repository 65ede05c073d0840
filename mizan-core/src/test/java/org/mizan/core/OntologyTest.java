package org.mizan.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.mizan.core.actor.ActorCodes;
import org.mizan.core.actor.Countries;
import org.mizan.core.actor.Fips;
import org.mizan.core.cameo.CameoEventType;
import org.mizan.core.cameo.CameoOntology;
import org.mizan.core.cameo.QuadClass;
import org.mizan.core.event.Actor;

/** Mizan's ontology tables against the published code lists in ../shared. */
class OntologyTest {

    private static final Path CAMEO = Path.of(System.getProperty("mizan.shared", "../../shared"), "data/cameo");

    @Test
    void everyGdeltGoldsteinValueIsCarriedOver() throws IOException {
        List<String> lines = Files.readAllLines(CAMEO.resolve("CAMEO.goldsteinscale.txt"), StandardCharsets.UTF_8);
        for (String line : lines.subList(1, lines.size())) {
            String[] f = line.split("\t");
            assertThat(CameoOntology.get().require(f[0]).goldstein()).as(f[0]).isEqualTo(Double.parseDouble(f[1]));
        }
        assertThat(CameoOntology.get().all()).hasSize(lines.size() - 1);
    }

    @Test
    void gdeltsMergedLineIsSplitInto1056And106() {
        assertThat(CameoOntology.get().require("1056").name()).isEqualTo("Demand de-escalation of military engagement");
        assertThat(CameoOntology.get().require("106").name()).isEqualTo("Demand withdrawal");
    }

    @Test
    void icewsWeightsDifferOnTheFourKnownCodes() {
        for (String code : List.of("016", "022", "164", "165")) {
            CameoEventType t = CameoOntology.get().require(code);
            assertThat(t.goldsteinIcews()).as(code).isNotEqualTo(t.goldstein());
        }
        assertThat(CameoOntology.get().require("016").goldsteinIcews()).isEqualTo(-5.0);
    }

    @Test
    void quadClassFollowsTheRoot() {
        for (CameoEventType t : CameoOntology.get().all()) {
            assertThat(t.quad()).as(t.code()).isEqualTo(QuadClass.ofRoot(Integer.parseInt(t.root())).number());
        }
        assertThat(CameoOntology.get().require("042").ploverType()).isEqualTo("CONSULT");
        assertThat(CameoOntology.get().require("042").ploverMode()).isEqualTo("visit");
        assertThatThrownBy(() -> CameoOntology.get().require("999")).hasMessageContaining("999");
    }

    @Test
    void actorCodesSplitIntoCountryGroupAndRoles() {
        Actor a = ActorCodes.parse("PAKGOVMIL", "Pakistani army");
        assertThat(a.country()).isEqualTo("PAK");
        assertThat(a.roles()).containsExactly("GOV", "MIL");
        assertThat(a.name()).isEqualTo("Pakistani army");
        Actor imf = ActorCodes.parse("IGOWSTIMF", null);
        assertThat(imf.knownGroup()).isEqualTo("IMF");
        assertThat(imf.roles()).contains("IGO");
        Actor rou = ActorCodes.parse("ROUGOV", null);
        assertThat(rou.country()).isEqualTo("ROU");
        assertThat(ActorCodes.parse(" ", null)).isNull();
    }

    @Test
    void countryNamesAndFipsCodesResolveToIso3() {
        assertThat(Countries.codeForName("Russian Federation")).isEqualTo("RUS");
        assertThat(Countries.codeForName("Cote d'Ivoire")).isEqualTo("CIV");
        assertThat(Countries.codeForName("Pakistan")).isEqualTo("PAK");
        assertThat(Countries.codeForName("Romania")).isEqualTo("ROU");
        assertThat(Countries.codeForName("NA")).isNull();
        assertThat(Countries.canonical("ROM")).isEqualTo("ROU");
        assertThat(Fips.toIso3("PK")).isEqualTo("PAK");
        assertThat(Fips.toIso3("RS")).isEqualTo("RUS");
        assertThat(Fips.toIso3("CH")).isEqualTo("CHN");
        assertThat(Fips.toIso3("UK")).isEqualTo("GBR");
    }
}
