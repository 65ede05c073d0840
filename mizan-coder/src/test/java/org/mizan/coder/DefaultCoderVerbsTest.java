package org.mizan.coder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mizan.coder.Triples.code;

import org.junit.jupiter.api.Test;

/**
 * How Mizan's default coder reads what was done (issue #3, found on the real-news dev set and PETRARCH2's GigaWord
 * sample): one behaviour each. {@link DefaultCoderTest} holds the earlier ones.
 */
class DefaultCoderVerbsTest {

    @Test
    void urgingAskingAndCallingOnAreAppealsAsInCameo() {
        assertThat(code("2024-04-20", "Ukrainian President Volodymyr Zelensky urged Western allies to speed up deliveries of air defence systems."))
                .containsExactly("UKRGOV WST 0232");
        assertThat(code("2024-05-22", "Palestinian President Mahmoud Abbas urged European countries to recognise the State of Palestine."))
                .containsExactly("PSEGOV EUR 022");
        // a law withdrawn is a policy change, not a retreat
        assertThat(code("2024-05-15", "The European Union urged Georgia to withdraw its foreign agents law."))
                .containsExactly("IGOEUREEC GEO 0242");
        // "pressuring X to help": an appeal to X (CAMEO.2.0: WANT * HELP [023]), not coercion or the help itself
        assertThat(code("2015-06-09", "Congress is pressuring Obama to help Iran.")).containsExactly("---LEG USAGOV 023");
    }

    @Test
    void whatIsInvestigatedGivesTheKindOfInvestigation() {
        assertThat(code("2024-10-25", "The FBI opened an investigation into Chinese hackers who breached US networks."))
                .contains("USACOP CHN 091");
        assertThat(code("2022-11-24", "The UN Human Rights Council set up an investigation into abuses in Iran's crackdown on protesters."))
                .containsExactly("IGOUNO IRN 092");
    }

    @Test
    void anOldEventDatedByAgoIsNotCodedButTheNewsIs() {
        assertThat(code("2008-08-06", "A court in Guyana issued arrest warrants for two Brazilian men sought in the slaying of two American missionaries three years ago."))
                .contains("GUYJUD BRA 173").noneMatch(e -> e.endsWith("1823"));
        assertThat(code("2023-01-01", "Three years ago, Russia attacked Ukraine.")).isEmpty();
    }

    @Test
    void unlikelyAttemptedAndUnacknowledgedActsAreNotFacts() {
        assertThat(code("2024-06-01", "The United States is unlikely to impose new sanctions on India.")).isEmpty();
        assertThat(code("2023-02-01", "Iran has never acknowledged supplying drones to Russia.")).isEmpty();
        // an attempt is its own event (185), not the act attempted (186)
        assertThat(code("2022-11-03", "A gunman tried to assassinate former Prime Minister Imran Khan."))
                .noneMatch(e -> e.endsWith("186"));
    }

    @Test
    void aThreatStaysAThreatAndASpecificFirstVerbStands() {
        assertThat(code("2024-08-01", "Hamas threatened to pull out of ceasefire negotiations with Israel."))
                .containsExactly("PSEHMS ISR 134");
        assertThat(code("2024-06-14", "G7 leaders agreed to provide Ukraine with a $50 billion loan."))
                .containsExactly("IGOGOS UKR 0331");
    }

    @Test
    void whoDoesItChangesTheKindOfForce() {
        // aircraft strike from the air (195); protesters riot (145); settlers assault (18), none of them wage war (190)
        assertThat(code("2024-10-01", "Israeli warplanes struck targets in southern Lebanon overnight.")).containsExactly("ISRMIL LBN 195");
        assertThat(code("2023-06-29", "Protesters attacked police in the French city of Nanterre.")).containsExactly("FRACVL FRACOP 145");
        assertThat(code("2023-02-26", "Israeli settlers attacked Palestinian villagers near Nablus.")).containsExactly("ISRSET PSECVL 180");
    }

    @Test
    void leavingAnOrganisationReducesRelations() {
        assertThat(code("2024-01-28", "Mali announced its withdrawal from ECOWAS.")).containsExactly("MLI IGOWAFWAS 160");
    }

    @Test
    void aDocumentsSourceIsWhoPublishedItOrWhereItWasReleased() {
        assertThat(code("2024-05-01", "A report by Human Rights Watch accused Israel of war crimes."))
                .containsExactly("NGOHRW ISR 1124");
    }
}
