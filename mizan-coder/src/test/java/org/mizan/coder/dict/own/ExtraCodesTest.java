package org.mizan.coder.dict.own;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.mizan.core.actor.ActorCodes;

/** Mizan's extra code parts extend CAMEO's tables without making any code parse two ways. */
class ExtraCodesTest {

    @Test
    void extraCodesNeverShadowCameoCodes() {
        assertThat(ExtraCodes.codes()).isNotEmpty().allSatisfy(code -> {
            assertThat(ActorCodes.isRole(code)).as(code).isFalse();
            assertThat(ActorCodes.isKnownGroup(code)).as(code).isFalse();
            assertThat(ActorCodes.countryLabel(code)).as(code).isNull();
            assertThat(ExtraCodes.label(code)).as(code).isNotBlank();
        });
    }

    @Test
    void knowsCameoAndExtraPartsAndFindsUnknownOnes() {
        assertThat(ExtraCodes.unknownParts("PAKGOV")).isEmpty();
        assertThat(ExtraCodes.unknownParts("IGOWSTNAT")).isEmpty();
        assertThat(ExtraCodes.unknownParts("PAKINSTTP")).isEmpty();
        assertThat(ExtraCodes.unknownParts("PKAGOVXYZ")).containsExactly("PKA", "XYZ");
        assertThat(ExtraCodes.isCountry("SSD")).isTrue();
        assertThat(ExtraCodes.isCountry("TTP")).isFalse();
        assertThat(ExtraCodes.isCountry("PAK")).isTrue();
        assertThat(ExtraCodes.allRoles("GOVMIL")).isTrue();
        assertThat(ExtraCodes.allRoles("PAKMIL")).isFalse();
        assertThat(ExtraCodes.allRoles("MI")).isFalse();
    }
}
