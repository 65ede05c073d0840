package org.mizan.core.cameo;

/**
 * One CAMEO event code with everything Mizan knows about it.
 *
 * @param code           the CAMEO code ("0421")
 * @param root           its two-digit root ("04")
 * @param quad           quad class 1-4 ({@link QuadClass})
 * @param goldstein      Goldstein weight in GDELT's table
 * @param goldsteinIcews Goldstein weight in ICEWS's table (differs on 016, 022, 164, 165)
 * @param ploverType     PLOVER event type, or null when CAMEO has no PLOVER counterpart
 * @param ploverMode     PLOVER mode, or null
 * @param ploverContext  PLOVER context, or null
 * @param name           the codebook's name for the code
 */
public record CameoEventType(String code, String root, int quad, double goldstein, double goldsteinIcews,
                             String ploverType, String ploverMode, String ploverContext, String name) {
}
