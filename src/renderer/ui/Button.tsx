import type { ButtonHTMLAttributes, Ref } from 'react';

type Variant = 'primary' | 'secondary' | 'quiet' | 'danger';

type ButtonProps = ButtonHTMLAttributes<HTMLButtonElement> & {
  variant?: Variant;
  size?: 'normal' | 'small';
  ref?: Ref<HTMLButtonElement>;
};

export function Button({ variant = 'secondary', size = 'normal', className, type = 'button', ref, ...rest }: ButtonProps) {
  const classes = ['button', `button--${variant}`, size === 'small' ? 'button--small' : '', className ?? '']
    .filter(Boolean)
    .join(' ');
  return <button ref={ref} type={type} className={classes} {...rest} />;
}

/** A square button with only an icon inside: the label is required so it always has a name. */
export function IconButton({
  label,
  className,
  ...rest
}: Omit<ButtonProps, 'aria-label' | 'variant'> & { label: string }) {
  return <Button variant="quiet" aria-label={label} title={rest.title ?? label} className={`icon-button ${className ?? ''}`} {...rest} />;
}
