import { useEffect, useLayoutEffect, useRef, useState, type KeyboardEvent } from 'react';
import { createPortal } from 'react-dom';

export type MenuItem = {
  label: string;
  onSelect: () => void;
  /** Shown beside the label, e.g. "Delete". */
  shortcut?: string;
  destructive?: boolean;
};

/** Where the menu hangs: under a button's rectangle, or at a pointer position. */
export type MenuAnchor = { top: number; bottom: number; left: number; right: number };

type MenuProps = {
  label: string;
  items: MenuItem[];
  anchor: MenuAnchor;
  /** Called on Escape, Tab, a click elsewhere, scrolling, or after an item ran. */
  onClose: () => void;
};

const GAP = 4;
const MARGIN = 8;

/**
 * A popup menu in a portal, so a scrolling list cannot clip it. Keyboard:
 * arrows, Home/End, Enter/Space; Escape or Tab close it and the owner puts
 * focus back where it was.
 */
export function Menu({ label, items, anchor, onClose }: MenuProps) {
  const ref = useRef<HTMLDivElement>(null);
  const [position, setPosition] = useState<{ top: number; left: number } | null>(null);

  useLayoutEffect(() => {
    const menu = ref.current;
    if (menu === null) return;
    const { width, height } = menu.getBoundingClientRect();
    const fitsBelow = anchor.bottom + GAP + height <= window.innerHeight - MARGIN;
    const top = fitsBelow ? anchor.bottom + GAP : Math.max(MARGIN, anchor.top - GAP - height);
    const left = Math.min(Math.max(MARGIN, anchor.right - width), window.innerWidth - width - MARGIN);
    setPosition({ top, left });
    menu.querySelector<HTMLElement>('[role="menuitem"]')?.focus();
  }, [anchor]);

  useEffect(() => {
    const closeIfOutside = (event: PointerEvent) => {
      if (!ref.current?.contains(event.target as Node)) onClose();
    };
    const close = () => onClose();
    document.addEventListener('pointerdown', closeIfOutside, true);
    window.addEventListener('resize', close);
    window.addEventListener('blur', close);
    document.addEventListener('scroll', close, true);
    return () => {
      document.removeEventListener('pointerdown', closeIfOutside, true);
      window.removeEventListener('resize', close);
      window.removeEventListener('blur', close);
      document.removeEventListener('scroll', close, true);
    };
  }, [onClose]);

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    // The menu lives in a portal, but React still bubbles its keys to the list behind it.
    event.stopPropagation();
    const menuItems = [...(ref.current?.querySelectorAll<HTMLElement>('[role="menuitem"]') ?? [])];
    const current = menuItems.indexOf(document.activeElement as HTMLElement);
    const focusAt = (index: number) => menuItems[(index + menuItems.length) % menuItems.length]?.focus();
    switch (event.key) {
      case 'ArrowDown':
        event.preventDefault();
        focusAt(current + 1);
        break;
      case 'ArrowUp':
        event.preventDefault();
        focusAt(current - 1);
        break;
      case 'Home':
        event.preventDefault();
        focusAt(0);
        break;
      case 'End':
        event.preventDefault();
        focusAt(menuItems.length - 1);
        break;
      case 'Escape':
      case 'Tab':
        event.preventDefault();
        onClose();
        break;
    }
  };

  return createPortal(
    <div
      ref={ref}
      role="menu"
      aria-label={label}
      className="menu"
      style={position === null ? { visibility: 'hidden', top: 0, left: 0 } : position}
      onKeyDown={onKeyDown}
      onClick={(event) => event.stopPropagation()}
      onDoubleClick={(event) => event.stopPropagation()}
    >
      {items.map((item) => (
        <button
          key={item.label}
          type="button"
          role="menuitem"
          tabIndex={-1}
          className={`menu__item${item.destructive ? ' menu__item--destructive' : ''}`}
          onClick={() => {
            onClose();
            item.onSelect();
          }}
        >
          <span>{item.label}</span>
          {item.shortcut !== undefined && <kbd className="menu__shortcut">{item.shortcut}</kbd>}
        </button>
      ))}
    </div>,
    document.body,
  );
}
