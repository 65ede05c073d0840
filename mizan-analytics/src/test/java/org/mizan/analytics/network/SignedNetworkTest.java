package org.mizan.analytics.network;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mizan.analytics.network.RandomSignedNetworks.edges;

import java.util.List;
import org.junit.jupiter.api.Test;

class SignedNetworkTest {

    @Test
    void buildsSortedNodesAndCountsSigns() {
        SignedNetwork g = SignedNetwork.fromEdges(edges("USA RUS -1", "USA GBR 1", "RUS CHN 1"));
        assertThat(g.nodes()).containsExactly("CHN", "GBR", "RUS", "USA");
        assertThat(g.edgeCount()).isEqualTo(3);
        assertThat(g.negativeEdgeCount()).isEqualTo(1);
        assertThat(g.positiveEdgeCount()).isEqualTo(2);
        assertThat(g.sign("RUS", "USA")).isEqualTo(-1);
        assertThat(g.sign("USA", "RUS")).isEqualTo(-1);
        assertThat(g.sign("USA", "CHN")).isZero();
        assertThat(g.sign("USA", "XXX")).isZero();
        assertThat(g.degree(g.indexOf("USA"))).isEqualTo(2);
        assertThat(g.edges()).containsExactly(new SignedEdge("CHN", "RUS", 1), new SignedEdge("GBR", "USA", 1),
                new SignedEdge("RUS", "USA", -1));
        assertThat(g.edgeId(g.indexOf("USA"), g.indexOf("RUS"))).isEqualTo(2);
        assertThat(g.edgeId(g.indexOf("USA"), g.indexOf("CHN"))).isEqualTo(-1);
    }

    @Test
    void repeatedAndReversedPairsAreSummed() {
        SignedNetwork g = SignedNetwork.fromEdges(edges("A B 1", "B A 1", "A C 1", "C A -1", "B C -1", "C B -1",
                "B C -1"));
        assertThat(g.edgeCount()).isEqualTo(2);
        assertThat(g.sign("A", "B")).isEqualTo(1);
        assertThat(g.sign("B", "C")).isEqualTo(-1);
        assertThat(g.sign("A", "C")).as("conflicting reports cancel").isZero();
    }

    @Test
    void selfPairsAndCancelledPairsAddNoNode() {
        SignedNetwork g = SignedNetwork.fromEdges(edges("A A 1", "B C 1", "D E 1", "E D -1"));
        assertThat(g.nodes()).containsExactly("B", "C");
        SignedNetwork withIsolated = new SignedNetwork.Builder().addNode("Z").add("B", "C", -1).build();
        assertThat(withIsolated.nodes()).containsExactly("B", "C", "Z");
        assertThat(withIsolated.degree(withIsolated.indexOf("Z"))).isZero();
    }

    @Test
    void weightsAreSummedOverBothDirectionsAndThresholded() {
        List<DyadWeight> weights = List.of(new DyadWeight("USA", "RUS", -3), new DyadWeight("RUS", "USA", 1),
                new DyadWeight("PAK", "CHN", 0.5), new DyadWeight("PAK", "IND", 0.0),
                new DyadWeight("IND", "USA", 4), new DyadWeight("USA", "IND", -4));
        SignedNetwork any = SignedNetwork.fromWeights(weights, 0);
        assertThat(any.edges()).containsExactly(new SignedEdge("CHN", "PAK", 1), new SignedEdge("RUS", "USA", -1));
        SignedNetwork strong = SignedNetwork.fromWeights(weights, 1);
        assertThat(strong.edges()).containsExactly(new SignedEdge("RUS", "USA", -1));
        assertThat(SignedNetwork.fromWeights(weights, 2).edgeCount()).as("|-2| is not above 2").isZero();
    }

    @Test
    void countsFrustratedTiesOfAPartition() {
        SignedNetwork g = SignedNetwork.fromEdges(edges("A B 1", "A C -1", "B C -1", "C D 1", "A D 1"));
        assertThat(g.frustration(List.of("C", "D"))).isEqualTo(1);
        assertThat(g.frustration(List.of("C"))).isEqualTo(1);
        assertThat(g.frustration(List.of("A"))).isEqualTo(3);
        assertThat(g.frustration(List.of())).isEqualTo(2);
    }

    @Test
    void rejectsInvalidInput() {
        assertThatThrownBy(() -> new SignedEdge("A", "B", 0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new DyadWeight("A", "B", Double.NaN)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new SignedNetwork.Builder().build(-1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new SignedNetwork.Builder().add("A", "B", Double.POSITIVE_INFINITY))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void emptyNetwork() {
        SignedNetwork g = SignedNetwork.fromEdges(List.of());
        assertThat(g.nodeCount()).isZero();
        assertThat(g.edgeCount()).isZero();
        assertThat(g.indexOf("A")).isEqualTo(-1);
    }
}
