package org.mizan.coder.dict;

import java.util.Arrays;

/**
 * Word id -> value, remembering insertion order. Most trie nodes have one or two children, so small maps
 * are scanned; large ones (a trie's root has tens of thousands) also get an open-addressing table.
 */
final class IdMap<T> {

    private static final int SCAN = 8;

    /** Ids and values in insertion order. */
    private int[] ids = new int[1];
    private Object[] values = new Object[1];
    private int size;
    /** When large: id + 1 per slot (0 for empty) and the value beside it, at most half full. */
    private int[] keys;
    private Object[] slotValues;

    int size() {
        return size;
    }

    int idAt(int position) {
        return ids[position];
    }

    @SuppressWarnings("unchecked")
    T valueAt(int position) {
        return (T) values[position];
    }

    @SuppressWarnings("unchecked")
    T get(int id) {
        if (keys == null) {
            for (int p = 0; p < size; p++) {
                if (ids[p] == id) {
                    return (T) values[p];
                }
            }
            return null;
        }
        int mask = keys.length - 1;
        for (int s = slot(id, mask); keys[s] != 0; s = (s + 1) & mask) {
            if (keys[s] == id + 1) {
                return (T) slotValues[s];
            }
        }
        return null;
    }

    /** Adds {@code value} under {@code id}, which must not be present yet. */
    void put(int id, T value) {
        if (size == ids.length) {
            ids = Arrays.copyOf(ids, size * 2);
            values = Arrays.copyOf(values, size * 2);
        }
        ids[size] = id;
        values[size] = value;
        size++;
        if (size > SCAN && (keys == null || 2 * size > keys.length)) {
            keys = new int[Integer.highestOneBit(size) * 4];
            slotValues = new Object[keys.length];
            for (int p = 0; p < size; p++) {
                insert(ids[p], values[p]);
            }
        } else if (keys != null) {
            insert(id, value);
        }
    }

    private void insert(int id, Object value) {
        int mask = keys.length - 1;
        int s = slot(id, mask);
        while (keys[s] != 0) {
            s = (s + 1) & mask;
        }
        keys[s] = id + 1;
        slotValues[s] = value;
    }

    private static int slot(int id, int mask) {
        return id * 0x9E3779B9 >>> Integer.numberOfLeadingZeros(mask); // the top bits: they mix all of the id
    }
}
