package org.mizan.analytics.network;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ExactFrustrationIndexTest extends FrustrationIndexContract {

    @Override
    FrustrationIndex index() {
        return new ExactFrustrationIndex();
    }

    @Test
    void alwaysProvesOptimality() {
        for (long seed = 1; seed <= 10; seed++) {
            assertThat(index().compute(RandomSignedNetworks.gnp(seed, 14, 0.4, 0.5)).optimal()).isTrue();
        }
    }

    @Test
    void anExhaustedBudgetStillBracketsTheIndex() {
        SignedNetwork g = RandomSignedNetworks.gnp(7, 30, 0.5, 0.5);
        int exact = new ExactFrustrationIndex().compute(g).frustration();
        FrustrationIndex.Result cut = new ExactFrustrationIndex(50).compute(g);
        assertThat(cut.lowerBound()).isLessThanOrEqualTo(exact);
        assertThat(cut.frustration()).isGreaterThanOrEqualTo(exact);
        assertThat(g.frustration(cut.side())).isEqualTo(cut.frustration());
    }

    @Test
    void rejectsANonPositiveBudget() {
        assertThatThrownBy(() -> new ExactFrustrationIndex(0)).isInstanceOf(IllegalArgumentException.class);
    }
}
