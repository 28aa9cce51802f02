using System.Collections;
using System.Text;

namespace Medline.Parser.Model;

/// <summary>
/// The list behind every list property of the model: read-only to its users, equal to another list with the same items
/// in the same order (so records that hold lists compare by content, with a consistent hash), and printed as
/// <c>[a, b]</c> by <see cref="ToString"/>. The mapper fills one with <see cref="Add"/> before it publishes it.
/// </summary>
/// <typeparam name="T">The item type.</typeparam>
internal sealed class ValueList<T> : IReadOnlyList<T>, IEquatable<ValueList<T>>, IValueList
{
    /// <summary>The empty list, shared.</summary>
    public static readonly ValueList<T> Empty = new(0);

    private T[] _items;
    private int _count;

    /// <summary>A list with room for <paramref name="capacity"/> items.</summary>
    /// <param name="capacity">The initial capacity.</param>
    public ValueList(int capacity = 4) => _items = capacity == 0 ? [] : new T[capacity];

    /// <inheritdoc/>
    public int Count => _count;

    /// <inheritdoc/>
    public T this[int index] => (uint)index < (uint)_count ? _items[index] : throw new ArgumentOutOfRangeException(nameof(index));

    /// <summary>The items, for loops that need no enumerator.</summary>
    public ReadOnlySpan<T> AsSpan() => _items.AsSpan(0, _count);

    /// <summary>
    /// The list a model property stores for <paramref name="items"/>: the list itself when it is already one, the
    /// shared <see cref="Empty"/> for none, otherwise a copy (so no caller can change a citation through its own list).
    /// </summary>
    /// <param name="items">The items given to an init accessor; <see langword="null"/> reads as empty.</param>
    public static ValueList<T> From(IReadOnlyList<T>? items)
    {
        if (items is ValueList<T> list)
        {
            return list._count == 0 ? Empty : list;
        }

        if (items is null || items.Count == 0)
        {
            return Empty;
        }

        var copy = new ValueList<T>(items.Count);
        for (var i = 0; i < items.Count; i++)
        {
            copy._items[i] = items[i];
        }

        copy._count = items.Count;
        return copy;
    }

    /// <summary>Appends an item; only while the list is being built, before any model object holds it.</summary>
    /// <param name="item">The item.</param>
    internal void Add(T item)
    {
        if (_count == _items.Length)
        {
            Array.Resize(ref _items, Math.Max(4, _count * 2));
        }

        _items[_count++] = item;
    }

    /// <summary>Replaces an item; only while the list is being built.</summary>
    /// <param name="index">The item's index.</param>
    /// <param name="item">The new item.</param>
    internal void Set(int index, T item) => _items[index] = item;

    /// <summary>Whether the list holds <paramref name="item"/> (by the item type's equality).</summary>
    /// <param name="item">The item.</param>
    internal bool Contains(T item) => AsSpan().IndexOf(item, EqualityComparer<T>.Default) >= 0;

    /// <inheritdoc/>
    public bool Equals(ValueList<T>? other) =>
        other is not null && (ReferenceEquals(this, other) || AsSpan().SequenceEqual(other.AsSpan(), EqualityComparer<T>.Default));

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is ValueList<T> other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode()
    {
        var hash = default(HashCode);
        foreach (var item in AsSpan())
        {
            hash.Add(item);
        }

        return hash.ToHashCode();
    }

    /// <summary>The items in brackets, separated by commas: <c>[Humans, Female]</c>.</summary>
    public override string ToString()
    {
        var text = new StringBuilder("[");
        for (var i = 0; i < _count; i++)
        {
            text.Append(i == 0 ? "" : ", ").Append(_items[i]);
        }

        return text.Append(']').ToString();
    }

    /// <inheritdoc/>
    public IEnumerator<T> GetEnumerator()
    {
        for (var i = 0; i < _count; i++)
        {
            yield return _items[i];
        }
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}

/// <summary>A <see cref="ValueList{T}"/> of any item type, for code that only needs its count.</summary>
internal interface IValueList
{
    /// <summary>The number of items.</summary>
    public int Count { get; }
}
