package org.mizan.analytics.network;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class AnnealingFrustrationIndexTest extends FrustrationIndexContract {

    @Override
    FrustrationIndex index() {
        return new AnnealingFrustrationIndex(42, 4, 300);
    }

    @Test
    void sameSeedSameResult() {
        SignedNetwork g = RandomSignedNetworks.gnp(11, 60, 0.2, 0.5);
        FrustrationIndex.Result a = new AnnealingFrustrationIndex(5, 2, 100).compute(g);
        FrustrationIndex.Result b = new AnnealingFrustrationIndex(5, 2, 100).compute(g);
        assertThat(a).isEqualTo(b);
    }

    @Test
    void reportsOptimalWhenTheBoundIsMet() {
        // Balanced networks have bound 0, so any colouring found with no frustrated tie is proven optimal.
        SignedNetwork camps = RandomSignedNetworks.gnp(2, 40, 0.3, 0.0);
        FrustrationIndex.Result r = index().compute(camps);
        assertThat(r.frustration()).isZero();
        assertThat(r.optimal()).isTrue();
    }
}
