package org.mizan.analytics.network;

import java.util.LinkedHashMap;
import java.util.Map;

/** A {@link NetworkAnalysis.Report} as a plain map: the one shape the command line and the API both print. */
public final class NetworkMap {

    private NetworkMap() {
    }

    public static Map<String, Object> of(NetworkAnalysis.Report r) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("nodes", r.network().nodeCount());
        m.put("edges", r.network().edgeCount());
        m.put("positive", r.network().positiveEdgeCount());
        m.put("negative", r.network().negativeEdgeCount());
        m.put("triangles", r.triangles().triangles());
        m.put("balancedTriangles", r.triangles().balanced());
        m.put("triangleBalance", r.triangles().ratio());
        m.put("weakTriangleBalance", r.triangles().ratio(TriangleBalance.Kind.WEAK));
        m.put("walkBalance", r.walk().ratio());
        m.put("frustrationIndex", r.frustration().frustration());
        m.put("frustrationLowerBound", r.frustration().lowerBound());
        m.put("frustrationMethod", r.frustrationMethod() + (r.frustration().optimal() ? " (optimal)" : ""));
        m.put("normalisedFrustration", r.frustration().normalised());
        m.put("optimalSide", r.frustration().side());
        return m;
    }
}
