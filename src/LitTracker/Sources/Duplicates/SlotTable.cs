namespace LitTracker.Sources.Duplicates;

/// <summary>
/// An open-addressing multimap from a 32-bit hash to int values (linear probing, 8 bytes a slot):
/// the caller keeps the keys and checks each value a hash gives, so different keys with one hash
/// are simply two entries. Removal shifts later entries back, so there are no tombstones.
/// </summary>
internal sealed class SlotTable
{
    private ulong[] _slots = new ulong[16];
    private int _count;

    /// <summary>
    /// The next value stored under <paramref name="hash"/>; start with <paramref name="cursor"/> = -1.
    /// </summary>
    public bool TryNext(uint hash, ref int cursor, out int value)
    {
        var mask = _slots.Length - 1;
        var i = cursor < 0 ? (int)(hash & (uint)mask) : (cursor + 1) & mask;
        while (_slots[i] is var slot && slot != 0)
        {
            if ((uint)(slot >> 32) == hash)
            {
                cursor = i;
                value = (int)(uint)slot - 1;
                return true;
            }

            i = (i + 1) & mask;
        }

        value = -1;
        return false;
    }

    public void Add(uint hash, int value)
    {
        if ((_count + 1) * 10 > _slots.Length * 7)
        {
            Grow();
        }

        Place(_slots, hash, value);
        _count++;
    }

    /// <summary>Replaces <paramref name="oldValue"/> under <paramref name="hash"/> by <paramref name="newValue"/>, or removes it when that is negative.</summary>
    public void Replace(uint hash, int oldValue, int newValue)
    {
        var cursor = -1;
        while (TryNext(hash, ref cursor, out var value))
        {
            if (value != oldValue)
            {
                continue;
            }

            if (newValue >= 0)
            {
                _slots[cursor] = Slot(hash, newValue);
            }
            else
            {
                RemoveAt(cursor);
            }

            return;
        }
    }

    private static ulong Slot(uint hash, int value) => ((ulong)hash << 32) | (uint)(value + 1);

    private static void Place(ulong[] slots, uint hash, int value)
    {
        var mask = slots.Length - 1;
        var i = (int)(hash & (uint)mask);
        while (slots[i] != 0)
        {
            i = (i + 1) & mask;
        }

        slots[i] = Slot(hash, value);
    }

    private void Grow()
    {
        var slots = new ulong[_slots.Length * 2];
        foreach (var slot in _slots)
        {
            if (slot != 0)
            {
                Place(slots, (uint)(slot >> 32), (int)(uint)slot - 1);
            }
        }

        _slots = slots;
    }

    private void RemoveAt(int i)
    {
        var mask = _slots.Length - 1;
        var j = i;
        while (true)
        {
            j = (j + 1) & mask;
            if (_slots[j] == 0)
            {
                break;
            }

            // The entry at j moves into the gap unless its home lies cyclically in (i, j].
            var home = (int)((uint)(_slots[j] >> 32) & (uint)mask);
            var stays = i <= j ? home > i && home <= j : home > i || home <= j;
            if (!stays)
            {
                _slots[i] = _slots[j];
                i = j;
            }
        }

        _slots[i] = 0;
        _count--;
    }
}
